package dev.storium.internal.migration;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One migration of a validated directory: its journal entry, its SQL file and its snapshot.
 *
 * @param entry the journal entry
 * @param sqlFile the {@code NNNN_<name>.sql} file
 * @param snapshotFile the {@code meta/NNNN_snapshot.json} file
 * @param snapshot the parsed snapshot
 */
public record Migration(JournalEntry entry, Path sqlFile, Path snapshotFile, Snapshot snapshot) {
    public Migration {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(sqlFile, "sqlFile");
        Objects.requireNonNull(snapshotFile, "snapshotFile");
        Objects.requireNonNull(snapshot, "snapshot");
    }

    /** The tag, such as {@code 0001_add_users_bio}. */
    public String tag() {
        return entry.tag();
    }
}
