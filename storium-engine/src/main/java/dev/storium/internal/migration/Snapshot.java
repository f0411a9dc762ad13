package dev.storium.internal.migration;

import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Sequence;
import dev.storium.internal.model.Table;
import dev.storium.internal.model.View;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The contents of {@code meta/NNNN_snapshot.json}: the whole schema after a migration, chained to the snapshot before
 * it by {@code prevId}. Rename hints are not kept: a snapshot records a state, not how it was reached.
 *
 * @param version the snapshot format version ({@link #FORMAT_VERSION})
 * @param dialect the dialect key the migration was generated for
 * @param id this snapshot's random id
 * @param prevId the id of the previous migration's snapshot, or {@link #NO_PARENT} for the first
 * @param tables the schema's tables by database name
 * @param views the schema's views by database name, each with its query for {@code dialect}
 * @param sequences the schema's sequences by database name
 */
public record Snapshot(
        String version,
        String dialect,
        UUID id,
        UUID prevId,
        Map<String, Table> tables,
        Map<String, View> views,
        Map<String, Sequence> sequences) {
    /**
     * The snapshot format version written. Version 2 added check constraints and comments to tables, and the unsigned
     * flag, collation, comment and enum type to columns, views and sequences (and, before its release, a custom
     * column's SQL types and a generated column's expressions); files without them (version 1, and version 2 files
     * written before a field came) are read with those empty.
     */
    public static final String FORMAT_VERSION = "2";

    /** The snapshot format versions read. */
    public static final List<String> READABLE_VERSIONS = List.of("1", FORMAT_VERSION);

    /** The {@code prevId} of the first snapshot. */
    public static final UUID NO_PARENT = new UUID(0L, 0L);

    public Snapshot {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prevId, "prevId");
        SchemaModel model = new SchemaModel(tables, views, sequences);
        tables = model.tables();
        views = model.views();
        sequences = model.sequences();
    }

    /** A snapshot without sequences. */
    public Snapshot(
            String version, String dialect, UUID id, UUID prevId, Map<String, Table> tables, Map<String, View> views) {
        this(version, dialect, id, prevId, tables, views, Map.of());
    }

    /** A snapshot without views. */
    public Snapshot(String version, String dialect, UUID id, UUID prevId, Map<String, Table> tables) {
        this(version, dialect, id, prevId, tables, Map.of(), Map.of());
    }

    /** A new snapshot of {@code model}, with a random id, following the snapshot whose id is {@code prevId}. */
    public static Snapshot of(SchemaModel model, String dialect, UUID prevId) {
        Map<String, Table> withoutHints = model.tables().values().stream()
                .map(Snapshot::withoutHints)
                .collect(Collectors.toMap(Table::name, t -> t));
        return new Snapshot(
                FORMAT_VERSION, dialect, UUID.randomUUID(), prevId, withoutHints, model.views(), model.sequences());
    }

    /** The fields that chain this snapshot, without its tables. */
    public SnapshotHeader header() {
        return new SnapshotHeader(version, dialect, id, prevId);
    }

    /** The schema model this snapshot holds. */
    public SchemaModel model() {
        return new SchemaModel(tables, views, sequences);
    }

    private static Table withoutHints(Table table) {
        return new Table(
                table.name(),
                table.columns().stream().map(c -> c.withName(c.name())).collect(Collectors.toList()),
                table.primaryKey(),
                table.indexes(),
                table.foreignKeys(),
                table.checks(),
                table.comment(),
                null);
    }
}
