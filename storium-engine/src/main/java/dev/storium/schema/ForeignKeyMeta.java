package dev.storium.schema;

import java.util.Objects;

/**
 * A foreign key of a table definition: one column referencing one column of a table.
 *
 * @param name the constraint name, {@code {table}_{column}_{reftable}_{refcolumn}_fk} (shortened past 63 characters)
 * @param column the referencing column's DSL key
 * @param dbColumn the referencing column's database name
 * @param refTable the referenced table's database name
 * @param refColumn the referenced column's DSL key
 * @param refDbColumn the referenced column's database name
 * @param onDelete what happens to this row when the referenced row is deleted
 * @param onUpdate what happens to this row when the referenced key changes
 */
public record ForeignKeyMeta(
        String name,
        String column,
        String dbColumn,
        String refTable,
        String refColumn,
        String refDbColumn,
        FkAction onDelete,
        FkAction onUpdate) {
    public ForeignKeyMeta {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(dbColumn, "dbColumn");
        Objects.requireNonNull(refTable, "refTable");
        Objects.requireNonNull(refColumn, "refColumn");
        Objects.requireNonNull(refDbColumn, "refDbColumn");
        onDelete = onDelete == null ? FkAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? FkAction.NO_ACTION : onUpdate;
    }
}
