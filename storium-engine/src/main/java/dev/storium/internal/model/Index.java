package dev.storium.internal.model;

import java.util.List;
import java.util.Objects;

/**
 * An index, unique or not, possibly partial. Unique constraints are modelled as unique indexes.
 *
 * @param name the index name, unique within the schema
 * @param columns the indexed columns' database names, in order
 * @param unique whether the index is unique
 * @param where the predicate of a partial index (SQL text), or null
 */
public record Index(String name, List<String> columns, boolean unique, String where) {
    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " has no columns");
        }
    }
}
