package dev.storium.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index of a table definition, with its final name.
 *
 * @param name the index name (given, or {@code {table}_{columns}_unique} / {@code _idx})
 * @param columns the indexed columns' DSL keys, in order
 * @param dbColumns the same columns' database names
 * @param unique whether the index is unique
 * @param where the predicate of a partial index (SQL text), or null
 */
public record IndexMeta(String name, List<String> columns, List<String> dbColumns, boolean unique, String where) {
    public IndexMeta {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        dbColumns = List.copyOf(dbColumns);
    }
}
