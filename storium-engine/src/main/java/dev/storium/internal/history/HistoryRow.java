package dev.storium.internal.history;

import java.util.Objects;

/**
 * One row of the history table: a migration file migrate applied (or tried to).
 *
 * @param tag the migration's tag, such as {@code 0001_add_posts}
 * @param sha256 the SHA-256 of the file as applied, line endings normalised, in hex
 * @param journalWhen the file's journal time, in milliseconds since the epoch
 * @param appliedAt when it was applied, an ISO-8601 instant in UTC
 * @param executionMs how long its statements took
 * @param success false when a statement failed where DDL commits on its own; such a row blocks migrate until repair
 */
public record HistoryRow(
        String tag, String sha256, long journalWhen, String appliedAt, long executionMs, boolean success) {
    public HistoryRow {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(appliedAt, "appliedAt");
    }
}
