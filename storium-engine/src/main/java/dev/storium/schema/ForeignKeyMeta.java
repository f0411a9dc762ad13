package dev.storium.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key of a table definition: columns referencing as many columns of a table.
 *
 * @param name the constraint name: given, or {@code {table}_{columns}_{reftable}_{refcolumns}_fk} from database names
 *     (shortened past 63 characters)
 * @param columns the referencing columns' DSL keys, in order
 * @param dbColumns the referencing columns' database names
 * @param refTable the referenced table's database name
 * @param refColumns the referenced columns' DSL keys, in the same order
 * @param refDbColumns the referenced columns' database names; null for a key that names another table by name, whose
 *     columns are known only when the schema is built
 * @param onDelete what happens to these rows when the referenced row is deleted
 * @param onUpdate what happens to these rows when the referenced key changes
 * @param deferral when the database checks the key
 */
public record ForeignKeyMeta(
        String name,
        List<String> columns,
        List<String> dbColumns,
        String refTable,
        List<String> refColumns,
        List<String> refDbColumns,
        FkAction onDelete,
        FkAction onUpdate,
        FkDeferral deferral) {
    public ForeignKeyMeta {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        dbColumns = List.copyOf(dbColumns);
        Objects.requireNonNull(refTable, "refTable");
        refColumns = List.copyOf(refColumns);
        refDbColumns = refDbColumns == null ? null : List.copyOf(refDbColumns);
        onDelete = onDelete == null ? FkAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? FkAction.NO_ACTION : onUpdate;
        deferral = deferral == null ? FkDeferral.NOT_DEFERRABLE : deferral;
    }
}
