package dev.storium.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Resolves and checks the foreign keys of a table definition, one per column with {@code references(...)}. */
final class ReferenceRules {
    private ReferenceRules() {}

    /** The foreign keys of the columns, in column order; {@code defs} and {@code columns} are in the same order. */
    static List<ForeignKeyMeta> resolve(String table, List<ColumnDef> defs, List<ColumnMeta> columns) {
        List<ForeignKeyMeta> keys = new ArrayList<>();
        for (int i = 0; i < defs.size(); i++) {
            ColumnDef def = defs.get(i);
            if (def.hasReference()) {
                keys.add(resolve(table, def, columns.get(i), columns));
            }
        }
        return keys;
    }

    private static ForeignKeyMeta resolve(String table, ColumnDef def, ColumnMeta column, List<ColumnMeta> own) {
        String refTable;
        List<ColumnMeta> refColumns;
        TableMeta refMeta = null;
        if (def.refTableName != null) {
            if (!def.refTableName.equals(table)) {
                throw DefinitionError.column(
                        table,
                        def.key,
                        "references(\"" + def.refTableName + "\", ...) names another table by name; only the table"
                                + " being defined can be referenced by name",
                        "pass that table's TableDef constant: references(" + def.refTableName.toUpperCase() + ", \""
                                + def.refColumn + "\")");
            }
            refTable = table;
            refColumns = own;
        } else if (def.refTable == null) {
            throw DefinitionError.column(
                    table,
                    def.key,
                    "references(...) was given a null table, usually a TableDef constant declared further down"
                            + " the class and not yet initialised",
                    "declare the referenced table first, or for a self-reference write references(\"" + table + "\", \""
                            + def.refColumn + "\")");
        } else {
            refMeta = def.refTable.storium();
            refTable = refMeta.name();
            refColumns = refMeta.columns();
        }
        ColumnMeta target = find(refColumns, def.refColumn)
                .orElseThrow(() -> DefinitionError.column(
                        table,
                        def.key,
                        "the foreign key references column " + ColumnRules.display(def.refColumn) + " of table "
                                + refTable + ", which has no such column; its column keys are "
                                + refColumns.stream().map(ColumnMeta::key).collect(Collectors.joining(", ")),
                        "reference one of those keys (DSL keys, not database names)"));
        if (refMeta != null && !isUniqueTarget(refMeta, target)) {
            throw DefinitionError.column(
                    table,
                    def.key,
                    "the foreign key references " + refTable + "." + target.key()
                            + ", which is neither the table's single-column primary key nor unique",
                    "reference the primary key, or add index(\"" + target.key() + "\").unique() to " + refTable);
        }
        if (!sameKind(column.type(), target.type())) {
            throw DefinitionError.column(
                    table,
                    def.key,
                    "the column is " + ColumnRules.typeName(column.type()) + " but the referenced " + refTable + "."
                            + target.key() + " is " + ColumnRules.typeName(target.type()),
                    "give the column the referenced column's type");
        }
        String name = Names.fit(table + "_" + column.dbName() + "_" + refTable + "_" + target.dbName() + "_fk");
        return new ForeignKeyMeta(
                name,
                column.key(),
                column.dbName(),
                refTable,
                target.key(),
                target.dbName(),
                def.onDelete,
                def.onUpdate);
    }

    private static Optional<ColumnMeta> find(List<ColumnMeta> columns, String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    private static boolean isUniqueTarget(TableMeta ref, ColumnMeta target) {
        if (ref.primaryKey().equals(List.of(target.key()))) {
            return true;
        }
        return ref.indexes().stream()
                .anyMatch(i -> i.unique() && i.where() == null && i.columns().equals(List.of(target.key())));
    }

    /** A serial stores integers, so an integer column may reference it; otherwise the types must be equal. */
    private static boolean sameKind(ColumnType a, ColumnType b) {
        return normal(a) == normal(b);
    }

    private static ColumnType normal(ColumnType type) {
        return type == ColumnType.SERIAL ? ColumnType.INTEGER : type;
    }
}
