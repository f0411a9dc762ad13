package dev.storium.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Storium's metadata of a table definition ({@link TableDef#storium()}): the columns by DSL key in declaration order
 * (automatic timestamps last), the primary key, indexes and foreign keys, all checked and resolved.
 *
 * @param name the table's database name
 * @param renamedFrom the table's previous name when the code hints a rename, or null
 * @param columns the columns in order
 * @param primaryKey the primary-key columns' DSL keys in key order; empty when the table has none
 * @param timestamps whether {@code createdAt} / {@code updatedAt} were added
 * @param indexes the indexes, unique ones included
 * @param foreignKeys the foreign keys
 * @param checks the check constraints: the table's own, then those of its columns
 * @param comment the table's comment in the database, or null for none
 */
public record TableMeta(
        String name,
        String renamedFrom,
        List<ColumnMeta> columns,
        List<String> primaryKey,
        boolean timestamps,
        List<IndexMeta> indexes,
        List<ForeignKeyMeta> foreignKeys,
        List<CheckMeta> checks,
        String comment) {

    /** The key of the automatic creation timestamp. */
    public static final String CREATED_AT = "createdAt";

    /** The key of the automatic update timestamp. */
    public static final String UPDATED_AT = "updatedAt";

    public TableMeta {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    /** The column with that DSL key, if there is one. */
    public Optional<ColumnMeta> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** The column with that database name, if there is one. */
    public Optional<ColumnMeta> columnByDbName(String dbName) {
        return columns.stream().filter(c -> c.dbName().equals(dbName)).findFirst();
    }

    /** The primary-key columns in key order. */
    public List<ColumnMeta> primaryKeyColumns() {
        return primaryKey.stream().map(k -> column(k).orElseThrow()).toList();
    }
}
