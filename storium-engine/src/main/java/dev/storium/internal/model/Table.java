package dev.storium.internal.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table as the database sees it.
 *
 * @param name the database name, {@code schema.name} for a table in a named schema (see {@link QualifiedNames})
 * @param columns the columns in declaration order
 * @param primaryKey the primary-key columns' database names, in key order (empty: no primary key)
 * @param indexes the indexes, unique ones included
 * @param foreignKeys the foreign keys
 * @param checks the check constraints, column-level ones included
 * @param comment the table's comment, or null for none
 * @param renamedFrom the table's previous name when the code hints a rename, or null
 */
public record Table(
        String name,
        List<Column> columns,
        List<String> primaryKey,
        List<Index> indexes,
        List<ForeignKey> foreignKeys,
        List<CheckConstraint> checks,
        String comment,
        String renamedFrom) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    /** A table with no check constraints and no comment. */
    public Table(
            String name,
            List<Column> columns,
            List<String> primaryKey,
            List<Index> indexes,
            List<ForeignKey> foreignKeys,
            String renamedFrom) {
        this(name, columns, primaryKey, indexes, foreignKeys, List.of(), null, renamedFrom);
    }

    /** This table with other columns, indexes and foreign keys, and no rename hint; its checks and comment kept. */
    public Table with(List<Column> newColumns, List<Index> newIndexes, List<ForeignKey> newForeignKeys) {
        return new Table(name, newColumns, primaryKey, newIndexes, newForeignKeys, checks, comment, null);
    }

    /** This table with another comment (null for none); everything else kept, the rename hint included. */
    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, indexes, foreignKeys, checks, newComment, renamedFrom);
    }

    /** This table with each custom column's SQL type of that dialect only (see {@link SchemaModel#forDialect}). */
    public Table forDialect(String dialectKey) {
        if (columns.stream().noneMatch(c -> c.sqlTypes() != null || c.generated() != null)) {
            return this;
        }
        return new Table(
                name,
                columns.stream().map(c -> c.forDialect(dialectKey)).toList(),
                primaryKey,
                indexes,
                foreignKeys,
                checks,
                comment,
                renamedFrom);
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

    /**
     * The primary-key constraint name Storium gives this table: {@code <table>_pkey}, of the name inside its schema.
     */
    public String primaryKeyName() {
        return QualifiedNames.local(name) + "_pkey";
    }

    /** The table's named schema, empty when it is in the connection's default schema. */
    public Optional<String> schema() {
        return QualifiedNames.schema(name);
    }
}
