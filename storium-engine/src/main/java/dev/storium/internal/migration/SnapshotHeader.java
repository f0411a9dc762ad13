package dev.storium.internal.migration;

import java.util.Objects;
import java.util.UUID;

/**
 * The first fields of a snapshot file, read without its tables: enough to check the chain of a migrations directory.
 * Only the last snapshot's tables are ever needed (generate and status diff the code against them), and reading every
 * snapshot in full made a directory of many migrations slow to read and large in memory.
 *
 * @param version the snapshot format version
 * @param dialect the dialect key the migration was generated for
 * @param id the snapshot's id
 * @param prevId the id of the snapshot before it, or {@link Snapshot#NO_PARENT}
 */
public record SnapshotHeader(String version, String dialect, UUID id, UUID prevId) {
    public SnapshotHeader {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prevId, "prevId");
    }
}
