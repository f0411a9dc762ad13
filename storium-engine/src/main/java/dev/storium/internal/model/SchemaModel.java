package dev.storium.internal.model;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A whole schema: every table, view and sequence by database name, in name order.
 *
 * @param tables the tables by database name
 * @param views the views by database name
 * @param sequences the sequences by database name
 */
public record SchemaModel(Map<String, Table> tables, Map<String, View> views, Map<String, Sequence> sequences) {

    public SchemaModel {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
        tables.forEach((key, table) -> {
            if (!key.equals(table.name())) {
                throw new IllegalArgumentException("table " + table.name() + " filed under " + key);
            }
        });
        views = Collections.unmodifiableMap(new TreeMap<>(views == null ? Map.of() : views));
        views.forEach((key, view) -> {
            if (!key.equals(view.name())) {
                throw new IllegalArgumentException("view " + view.name() + " filed under " + key);
            }
        });
        sequences = Collections.unmodifiableMap(new TreeMap<>(sequences == null ? Map.of() : sequences));
        sequences.forEach((key, sequence) -> {
            if (!key.equals(sequence.name())) {
                throw new IllegalArgumentException("sequence " + sequence.name() + " filed under " + key);
            }
        });
    }

    /** A schema of tables and views, without sequences. */
    public SchemaModel(Map<String, Table> tables, Map<String, View> views) {
        this(tables, views, Map.of());
    }

    /** A schema of tables only. */
    public SchemaModel(Map<String, Table> tables) {
        this(tables, Map.of());
    }

    /** The schema with no tables, before the first migration. */
    public static SchemaModel empty() {
        return new SchemaModel(Map.of());
    }

    /**
     * The enum types the columns name, by name in name order: the schema's enums, which PostgreSQL keeps as types. An
     * enum no column uses is not in the schema. When columns disagree on an enum's values (a model read from a database
     * changed by hand), the first column in table order wins.
     */
    public Map<String, EnumType> enums() {
        Map<String, EnumType> enums = new TreeMap<>();
        for (Table table : tables.values()) {
            for (Column column : table.columns()) {
                if (column.enumType() != null) {
                    enums.putIfAbsent(column.enumType().name(), column.enumType());
                }
            }
        }
        return Collections.unmodifiableMap(enums);
    }

    /**
     * The named schemas (database namespaces) its tables, enums, views and sequences live in, in name order; the
     * default schema is not among them.
     */
    public java.util.SortedSet<String> schemas() {
        java.util.SortedSet<String> schemas = new java.util.TreeSet<>();
        java.util.stream.Stream.of(tables.keySet(), views.keySet(), sequences.keySet(), enums().keySet())
                .flatMap(java.util.Collection::stream)
                .forEach(name -> QualifiedNames.schema(name).ifPresent(schemas::add));
        return Collections.unmodifiableSortedSet(schemas);
    }

    /**
     * This schema as one dialect sees it: each custom column with that dialect's SQL type only, so that a change of
     * another dialect's type is no change here. Diffs for one dialect compare these; snapshots keep every dialect's.
     */
    public SchemaModel forDialect(String dialectKey) {
        Map<String, Table> projected = new TreeMap<>();
        tables.forEach((name, table) -> projected.put(name, table.forDialect(dialectKey)));
        return withTables(projected);
    }

    /** The table of that name, if there is one. */
    public Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /** The view of that name, if there is one. */
    public Optional<View> view(String name) {
        return Optional.ofNullable(views.get(name));
    }

    /** This schema with other tables, its views and sequences kept. */
    public SchemaModel withTables(Map<String, Table> newTables) {
        return new SchemaModel(newTables, views, sequences);
    }

    /** This schema with other views, its tables and sequences kept. */
    public SchemaModel withViews(Map<String, View> newViews) {
        return new SchemaModel(tables, newViews, sequences);
    }

    /** This schema with other sequences, its tables and views kept. */
    public SchemaModel withSequences(Map<String, Sequence> newSequences) {
        return new SchemaModel(tables, views, newSequences);
    }
}
