package dev.storium.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table-level foreign key as written in the DSL, from {@link Schema#foreignKey(String...)}: one or more columns of
 * the table (by DSL key) referencing as many columns of a table. Each option returns a new key; it is checked when
 * given to {@link TableDef#foreignKeys(ForeignKeyDef...)}.
 */
public final class ForeignKeyDef {
    final List<String> columns;
    final TableDef refTable;
    final String refTableName;
    final List<String> refColumns;
    final String name;
    final FkAction onDelete;
    final FkAction onUpdate;
    final FkDeferral deferral;

    ForeignKeyDef(
            List<String> columns,
            TableDef refTable,
            String refTableName,
            List<String> refColumns,
            String name,
            FkAction onDelete,
            FkAction onUpdate,
            FkDeferral deferral) {
        this.columns = List.copyOf(columns);
        this.refTable = refTable;
        this.refTableName = refTableName;
        this.refColumns = refColumns == null ? null : List.copyOf(refColumns);
        this.name = name;
        this.onDelete = onDelete;
        this.onUpdate = onUpdate;
        this.deferral = deferral;
    }

    /** References these columns (DSL keys, as many as the key's columns, in order) of {@code table}. */
    public ForeignKeyDef references(TableDef table, String... columnKeys) {
        return new ForeignKeyDef(columns, table, null, Arrays.asList(columnKeys), name, onDelete, onUpdate, deferral);
    }

    /**
     * References these columns (DSL keys) of the table of that database name: the table itself, or one defined
     * anywhere in the schema, so that two tables may reference each other. The target is checked when the schema is
     * built (by generate, push, check).
     */
    public ForeignKeyDef references(String tableName, String... columnKeys) {
        Objects.requireNonNull(tableName, "referenced table name");
        return new ForeignKeyDef(
                columns, null, tableName, Arrays.asList(columnKeys), name, onDelete, onUpdate, deferral);
    }

    /** Names the constraint, instead of {@code {table}_{columns}_{reftable}_{refcolumns}_fk}. */
    public ForeignKeyDef name(String constraintName) {
        return new ForeignKeyDef(
                columns, refTable, refTableName, refColumns, constraintName, onDelete, onUpdate, deferral);
    }

    /** What the database does to these rows when the referenced row is deleted. */
    public ForeignKeyDef onDelete(FkAction action) {
        Objects.requireNonNull(action, "onDelete");
        return new ForeignKeyDef(columns, refTable, refTableName, refColumns, name, action, onUpdate, deferral);
    }

    /** What the database does to these rows when the referenced key is updated. */
    public ForeignKeyDef onUpdate(FkAction action) {
        Objects.requireNonNull(action, "onUpdate");
        return new ForeignKeyDef(columns, refTable, refTableName, refColumns, name, onDelete, action, deferral);
    }

    /** When the database checks the key (see {@link FkDeferral}); PostgreSQL and SQLite only. */
    public ForeignKeyDef deferral(FkDeferral when) {
        Objects.requireNonNull(when, "deferral");
        return new ForeignKeyDef(columns, refTable, refTableName, refColumns, name, onDelete, onUpdate, when);
    }
}
