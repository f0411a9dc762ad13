package dev.storium.internal.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table as the database sees it.
 *
 * @param name the database name
 * @param columns the columns in declaration order
 * @param primaryKey the primary-key columns' database names, in key order (empty: no primary key)
 * @param indexes the indexes, unique ones included
 * @param foreignKeys the foreign keys
 * @param renamedFrom the table's previous name when the code hints a rename, or null
 */
public record Table(
        String name,
        List<Column> columns,
        List<String> primaryKey,
        List<Index> indexes,
        List<ForeignKey> foreignKeys,
        String renamedFrom) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** The column of that database name, if the table has one. */
    public Optional<Column> column(String columnName) {
        for (Column column : columns) { // a loop, not a stream: diff asks this for every column of every table
            if (column.name().equals(columnName)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The primary-key constraint name Storium gives this table: {@code <table>_pkey}. */
    public String primaryKeyName() {
        return name + "_pkey";
    }
}
