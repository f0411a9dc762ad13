package dev.storium.internal.migration;

import java.util.Objects;

/**
 * One migration as {@code meta/_journal.json} lists it.
 *
 * @param idx the migration's position, from 0, with no gaps
 * @param version the snapshot format version of the migration
 * @param when when it was generated, in milliseconds since the epoch
 * @param tag the SQL file's name without {@code .sql}, such as {@code 0001_add_users_bio}
 * @param breakpoints whether statements are separated by {@code --> statement-breakpoint} lines (always true here)
 */
public record JournalEntry(int idx, String version, long when, String tag, boolean breakpoints) {
    public JournalEntry {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(tag, "tag");
        if (idx < 0) {
            throw new IllegalArgumentException("idx cannot be negative: " + idx);
        }
    }
}
