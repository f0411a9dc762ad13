package dev.storium.internal.migration;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One migration of a validated directory: its journal entry, its SQL file and its snapshot's header; the snapshot's
 * tables are read from the file only when asked for ({@link #snapshot()}).
 *
 * @param entry the journal entry
 * @param sqlFile the {@code NNNN_<name>.sql} file
 * @param snapshotFile the {@code meta/NNNN_snapshot.json} file
 * @param header the snapshot's version, dialect, id and prevId
 */
public record Migration(JournalEntry entry, Path sqlFile, Path snapshotFile, SnapshotHeader header) {
    public Migration {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(sqlFile, "sqlFile");
        Objects.requireNonNull(snapshotFile, "snapshotFile");
        Objects.requireNonNull(header, "header");
    }

    /** A migration whose snapshot is at hand (just written, or built by a test). */
    public Migration(JournalEntry entry, Path sqlFile, Path snapshotFile, Snapshot snapshot) {
        this(entry, sqlFile, snapshotFile, snapshot.header());
    }

    /**
     * The whole snapshot, read from {@link #snapshotFile()} on each call. Throws a {@code MIGRATION_FOLDER} exception
     * when the file is no longer a valid snapshot.
     */
    public Snapshot snapshot() {
        try {
            return MigrationJson.read(snapshotFile, Snapshot.class);
        } catch (MigrationJson.Unreadable e) {
            Problems problems = new Problems(snapshotFile.getParent().getParent());
            problems.add("meta/" + snapshotFile.getFileName() + " is corrupt: " + e.getMessage(), Problems.FIX_CORRUPT);
            problems.throwIfAny();
            throw new IllegalStateException("unreachable");
        }
    }

    /** The tag, such as {@code 0001_add_users_bio}. */
    public String tag() {
        return entry.tag();
    }
}
