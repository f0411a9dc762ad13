package dev.storium.schema;

import java.util.Collection;
import java.util.List;

/**
 * The definitions of one schema (tables, views, sequences) held together, for applications and tests that pass them to Storium themselves rather
 * than have the schema classes scanned.
 *
 * @param tables the table definitions
 * @param views the view definitions
 * @param sequences the sequence definitions
 */
public record SchemaDefinition(List<TableDef> tables, List<ViewDef> views, List<SequenceDef> sequences) {
    public SchemaDefinition {
        tables = List.copyOf(tables);
        views = List.copyOf(views);
        sequences = List.copyOf(sequences);
    }

    /** Tables and views, without sequences. */
    public SchemaDefinition(List<TableDef> tables, List<ViewDef> views) {
        this(tables, views, List.of());
    }

    /** This schema with these sequences in place of its own. */
    public SchemaDefinition withSequences(Collection<SequenceDef> newSequences) {
        return new SchemaDefinition(tables, views, List.copyOf(newSequences));
    }

    /** The schema of these tables, without views. */
    public static SchemaDefinition of(Collection<TableDef> tables) {
        return new SchemaDefinition(List.copyOf(tables), List.of());
    }

    /** The schema of these tables and views. */
    public static SchemaDefinition of(Collection<TableDef> tables, Collection<ViewDef> views) {
        return new SchemaDefinition(List.copyOf(tables), List.copyOf(views));
    }
}
