package dev.storium.internal.scan;

import dev.storium.schema.SchemaDefinition;
import dev.storium.schema.SequenceDef;
import dev.storium.schema.TableDef;
import dev.storium.schema.ViewDef;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The table, view and sequence definitions a scan found.
 *
 * @param tables the definitions by table name, in name order
 * @param classes the fully qualified names of the classes that hold them, sorted
 * @param searched where the scan looked (class roots and patterns), for messages
 * @param views the view definitions by view name, in name order
 * @param sequences the sequence definitions by sequence name, in name order
 */
public record FoundSchemas(
        Map<String, TableDef> tables,
        List<String> classes,
        String searched,
        Map<String, ViewDef> views,
        Map<String, SequenceDef> sequences) {
    public FoundSchemas {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
        classes = List.copyOf(classes);
        Objects.requireNonNull(searched, "searched");
        views = Collections.unmodifiableMap(new TreeMap<>(views));
        sequences = Collections.unmodifiableMap(new TreeMap<>(sequences));
    }

    /** Definitions found without views. */
    public FoundSchemas(Map<String, TableDef> tables, List<String> classes, String searched) {
        this(tables, classes, searched, Map.of(), Map.of());
    }

    /** The definitions found, as one schema. */
    public SchemaDefinition definition() {
        return SchemaDefinition.of(tables.values(), views.values()).withSequences(sequences.values());
    }
}
