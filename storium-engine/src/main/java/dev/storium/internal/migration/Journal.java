package dev.storium.internal.migration;

import java.util.List;
import java.util.Objects;

/**
 * The contents of {@code meta/_journal.json}: the format version, the dialect the migrations were generated for, and
 * one entry per migration in order.
 *
 * @param version the journal format version ({@link #FORMAT_VERSION})
 * @param dialect the dialect key, such as {@code postgresql}
 * @param entries the migrations in order
 */
public record Journal(String version, String dialect, List<JournalEntry> entries) {
    /** The journal format version written: drizzle-kit's journal format. */
    public static final String FORMAT_VERSION = "7";

    public Journal {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(dialect, "dialect");
        entries = List.copyOf(entries);
    }

    /** The journal of a directory with no migrations yet. */
    public static Journal empty(String dialect) {
        return new Journal(FORMAT_VERSION, dialect, List.of());
    }

    /** This journal with one more entry at the end. */
    public Journal plus(JournalEntry entry) {
        List<JournalEntry> more = new java.util.ArrayList<>(entries);
        more.add(entry);
        return new Journal(version, dialect, more);
    }
}
