package dev.storium.internal.model;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A whole schema: every table by database name, in name order. */
public record SchemaModel(Map<String, Table> tables) {

    public SchemaModel {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
        tables.forEach((key, table) -> {
            if (!key.equals(table.name())) {
                throw new IllegalArgumentException("table " + table.name() + " filed under " + key);
            }
        });
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

    /** The table of that name, if there is one. */
    public Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }
}
