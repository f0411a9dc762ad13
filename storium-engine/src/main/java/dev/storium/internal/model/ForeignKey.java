package dev.storium.internal.model;

import dev.storium.schema.FkAction;
import dev.storium.schema.FkDeferral;
import java.util.List;
import java.util.Objects;

/**
 * A foreign key from columns of one table to columns of another.
 *
 * @param name the constraint name
 * @param columns the referencing columns' database names
 * @param refTable the referenced table's database name
 * @param refColumns the referenced columns' database names, same count as {@code columns}
 * @param onDelete the delete action
 * @param onUpdate the update action
 * @param deferral when the database checks the key
 */
public record ForeignKey(
        String name,
        List<String> columns,
        String refTable,
        List<String> refColumns,
        FkAction onDelete,
        FkAction onUpdate,
        FkDeferral deferral) {
    public ForeignKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(refTable, "refTable");
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
        onDelete = onDelete == null ? FkAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? FkAction.NO_ACTION : onUpdate;
        deferral = deferral == null ? FkDeferral.NOT_DEFERRABLE : deferral;
        if (columns.isEmpty() || columns.size() != refColumns.size()) {
            throw new IllegalArgumentException(
                    "foreign key " + name + " needs as many referenced columns as columns, and at least one");
        }
    }

    /** A key checked at each statement. */
    public ForeignKey(
            String name,
            List<String> columns,
            String refTable,
            List<String> refColumns,
            FkAction onDelete,
            FkAction onUpdate) {
        this(name, columns, refTable, refColumns, onDelete, onUpdate, FkDeferral.NOT_DEFERRABLE);
    }
}
