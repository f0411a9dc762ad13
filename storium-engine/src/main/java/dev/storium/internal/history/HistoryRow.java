package dev.storium.internal.history;

import java.util.Objects;

/**
 * One row of the history table: a migration file migrate applied, is applying, or tried to apply.
 *
 * @param tag the migration's tag, such as {@code 0001_add_posts}
 * @param sha256 the SHA-256 of the file as applied, line endings normalised, in hex
 * @param journalWhen the file's journal time, in milliseconds since the epoch
 * @param appliedAt when it was applied (or claimed, while running), an ISO-8601 instant in UTC
 * @param executionMs how long its statements took
 * @param success true once the whole file is applied; a failed or unfinished file blocks migrate until repair
 * @param state applied, running (claimed by a run that has not finished it: still running, or dead) or failed
 * @param statementsDone how many statements had completed when the row was last written; -1 when unknown (a row
 *     written before the history table had this column)
 * @param statementsTotal how many statements the file holds; -1 when unknown
 */
public record HistoryRow(
        String tag,
        String sha256,
        long journalWhen,
        String appliedAt,
        long executionMs,
        boolean success,
        State state,
        int statementsDone,
        int statementsTotal) {
    /** Where the file of a row stands. */
    public enum State {
        /** Every statement ran and the row says so. */
        APPLIED,
        /** Claimed before its first statement and not finished: the run is still in it, or died in it. */
        RUNNING,
        /** A statement failed where statements commit one by one. */
        FAILED;

        /** The value stored in the {@code state} column. */
        public String stored() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public HistoryRow {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(appliedAt, "appliedAt");
        Objects.requireNonNull(state, "state");
        if (success != (state == State.APPLIED)) {
            throw new IllegalArgumentException("success must be true exactly when the state is applied: " + tag);
        }
    }

    /** A row as written before the history table had a state: applied when successful, else failed. */
    public HistoryRow(
            String tag, String sha256, long journalWhen, String appliedAt, long executionMs, boolean success) {
        this(tag, sha256, journalWhen, appliedAt, executionMs, success, success ? State.APPLIED : State.FAILED, -1, -1);
    }
}
