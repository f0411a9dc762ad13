package dev.storium.result;

import java.util.Locale;
import java.util.Objects;

/**
 * Where one migration stands in the configured database, as {@link dev.storium.Storium#status} reports it.
 *
 * @param tag the migration's tag, such as {@code 0001_add_posts}
 * @param state where it stands
 * @param appliedAt when it was applied (ISO-8601, UTC), or null when it is pending
 * @param executionMs how long its statements took, or null when it is pending
 * @param detail for a state that blocks migrate, the problem and its fix; else null
 */
public record MigrationStatus(String tag, State state, String appliedAt, Long executionMs, String detail) {
    /** Where a migration stands. */
    public enum State {
        /** Applied, and the file is unchanged. */
        APPLIED,
        /** Not applied yet. */
        PENDING,
        /** Not applied yet, but older than the newest applied migration (merged from another branch). */
        OUT_OF_ORDER,
        /** Applied with a failing statement, not repaired. */
        FAILED,
        /** Claimed by a run that has not finished it: the run died inside the file, or is still running it. */
        INTERRUPTED,
        /** Applied, then edited: the file's hash differs from the history's. */
        CHANGED,
        /** Applied, but its file is missing from the migrations directory. */
        MISSING;

        /** The state as the report and the JSON write it: {@code applied}, {@code out-of-order}, ... */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The state as a key of the JSON's {@code counts}, in the case of every JSON key: {@code outOfOrder}. */
        public String key() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder key = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return key.toString();
        }
    }

    public MigrationStatus {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(state, "state");
    }
}
