package dev.storium.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves and checks the foreign keys of a table definition: one per column with {@code references(...)}, then the
 * table's own {@code foreignKeys(...)}. A key to another table named by its name is resolved when the schema is built
 * ({@code Models}); its local columns are checked here.
 */
final class ReferenceRules {
    private ReferenceRules() {}

    /** One key as written, by column or by table, before it is checked. */
    private record Written(
            String what,
            String column,
            List<String> keys,
            TableDef refTable,
            String refTableName,
            List<String> refKeys,
            String name,
            FkAction onDelete,
            FkAction onUpdate,
            FkDeferral deferral) {}

    /**
     * The foreign keys of the columns, in column order, then those of {@code tableKeys}; {@code defs} and {@code
     * columns} are in the same order.
     */
    static List<ForeignKeyMeta> resolve(
            String table, List<ColumnDef> defs, List<ColumnMeta> columns, List<ForeignKeyDef> tableKeys) {
        List<Written> written = new ArrayList<>();
        for (ColumnDef def : defs) {
            if (def.hasReference()) {
                written.add(new Written(
                        "the foreign key",
                        def.key,
                        List.of(def.key),
                        def.refTable,
                        def.refTableName,
                        List.of(def.refColumn),
                        def.foreignKeyName,
                        def.onDelete,
                        def.onUpdate,
                        def.deferral));
            } else if (def.foreignKeyName != null || def.deferral != null) {
                throw DefinitionError.column(
                        table,
                        def.key,
                        "foreignKeyName(...) or deferral(...) is set but the column references no table",
                        "add references(TABLE, \"key\"), or remove them");
            }
        }
        for (ForeignKeyDef def : tableKeys) {
            String what = "foreignKey(" + String.join(", ", def.columns) + ")";
            if (def.refTable == null && def.refTableName == null) {
                throw DefinitionError.table(
                        table,
                        what + " references no table, or a null one (a TableDef constant declared further down the"
                                + " class and not yet initialised)",
                        "add .references(TABLE, \"key\"), declare the referenced table first, or name it:"
                                + " .references(\"table_name\", \"key\")");
            }
            written.add(new Written(
                    what,
                    null,
                    def.columns,
                    def.refTable,
                    def.refTableName,
                    def.refColumns,
                    def.name,
                    def.onDelete,
                    def.onUpdate,
                    def.deferral));
        }
        List<ForeignKeyMeta> keys = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Written key : written) {
            ForeignKeyMeta meta = resolve(table, key, columns);
            if (!names.add(meta.name())) {
                throw DefinitionError.table(
                        table,
                        "two foreign keys are named " + meta.name(),
                        "give one of them another name with .name(\"...\") or foreignKeyName(\"...\")");
            }
            keys.add(meta);
        }
        return keys;
    }

    private static ForeignKeyMeta resolve(String table, Written key, List<ColumnMeta> own) {
        List<ColumnMeta> local = localColumns(table, key, own);
        String refTable;
        List<ColumnMeta> targets = null;
        TableMeta refMeta = null;
        if (key.refTableName() != null) {
            refTable = key.refTableName();
            if (refTable.equals(table)) {
                targets = targets(table, key, refTable, own);
            }
        } else if (key.refTable() == null) {
            throw error(
                    table,
                    key,
                    "references(...) was given a null table, usually a TableDef constant declared further down"
                            + " the class and not yet initialised",
                    "declare the referenced table first, or name it: references(\"table_name\", \""
                            + String.join("\", \"", key.refKeys()) + "\")");
        } else {
            refMeta = key.refTable().storium();
            refTable = refMeta.name();
            targets = targets(table, key, refTable, refMeta.columns());
        }
        if (key.refKeys().size() != local.size()) {
            throw error(
                    table,
                    key,
                    "the key has " + local.size() + " column(s) but references "
                            + key.refKeys().size(),
                    "reference as many columns of " + refTable + " as the key has, in the same order");
        }
        if (refMeta != null && !isUniqueTarget(refMeta, key.refKeys())) {
            throw error(
                    table,
                    key,
                    "the foreign key references " + refTable + "(" + String.join(", ", key.refKeys())
                            + "), which is neither the table's primary key nor covered by a unique index",
                    "reference the primary key, or add index(\"" + String.join("\", \"", key.refKeys())
                            + "\").unique() to " + refTable);
        }
        if (targets != null) {
            for (int i = 0; i < local.size(); i++) {
                ColumnMeta column = local.get(i);
                ColumnMeta target = targets.get(i);
                if (!sameKind(column.type(), target.type())) {
                    throw error(
                            table,
                            key,
                            (local.size() == 1 ? "the column" : "column " + column.key()) + " is "
                                    + ColumnRules.typeName(column.type()) + " but the referenced " + refTable + "."
                                    + target.key() + " is " + ColumnRules.typeName(target.type()),
                            "give the column the referenced column's type");
                }
            }
        }
        for (ColumnMeta column : local) {
            if (column.notNull() && (key.onDelete() == FkAction.SET_NULL || key.onUpdate() == FkAction.SET_NULL)) {
                throw error(
                        table,
                        key,
                        "the foreign key action is SET_NULL but column " + column.key() + " is notNull",
                        "remove notNull() or choose another action (CASCADE, RESTRICT, NO_ACTION)");
            }
        }
        List<String> dbColumns = local.stream().map(ColumnMeta::dbName).toList();
        List<String> refDbColumns = targets == null
                ? null
                : targets.stream().map(ColumnMeta::dbName).toList();
        String name = key.name();
        if (name == null) {
            List<String> refNames = refDbColumns != null
                    ? refDbColumns
                    : key.refKeys().stream().map(Names::snakeCase).toList();
            name = Names.fit(Names.local(table) + "_" + String.join("_", dbColumns) + "_" + Names.local(refTable) + "_"
                    + String.join("_", refNames) + "_fk");
        } else if (!Names.isIdentifier(name) || name.length() > Names.MAX_LENGTH) {
            throw error(
                    table,
                    key,
                    "the foreign key name \"" + name + "\" is not a valid name: expected 1 to " + Names.MAX_LENGTH
                            + " characters from A-Z, a-z, 0-9 and _",
                    "name the key using only letters, digits and underscores");
        }
        return new ForeignKeyMeta(
                name,
                key.keys(),
                dbColumns,
                refTable,
                key.refKeys(),
                refDbColumns,
                key.onDelete(),
                key.onUpdate(),
                key.deferral());
    }

    private static List<ColumnMeta> localColumns(String table, Written key, List<ColumnMeta> own) {
        if (key.keys().isEmpty()) {
            throw error(
                    table, key, "the foreign key has no columns", "name its columns by key: foreignKey(\"a\", \"b\")");
        }
        List<ColumnMeta> local = new ArrayList<>();
        for (String columnKey : key.keys()) {
            ColumnMeta column = find(own, columnKey)
                    .orElseThrow(() -> error(
                            table,
                            key,
                            "the foreign key names an unknown column " + ColumnRules.display(columnKey)
                                    + "; the column keys are "
                                    + own.stream().map(ColumnMeta::key).collect(Collectors.joining(", ")),
                            "use one of those keys (DSL keys, not database names)"));
            if (local.contains(column)) {
                throw error(
                        table, key, "the foreign key names column " + columnKey + " twice", "name each column once");
            }
            local.add(column);
        }
        return local;
    }

    private static List<ColumnMeta> targets(String table, Written key, String refTable, List<ColumnMeta> refColumns) {
        List<ColumnMeta> targets = new ArrayList<>();
        for (String refKey : key.refKeys()) {
            targets.add(find(refColumns, refKey)
                    .orElseThrow(() -> error(
                            table,
                            key,
                            "the foreign key references column " + ColumnRules.display(refKey) + " of table " + refTable
                                    + ", which has no such column; its column keys are "
                                    + refColumns.stream().map(ColumnMeta::key).collect(Collectors.joining(", ")),
                            "reference one of those keys (DSL keys, not database names)")));
        }
        return targets;
    }

    private static RuntimeException error(String table, Written key, String problem, String fix) {
        return key.column() != null
                ? DefinitionError.column(table, key.column(), problem, fix)
                : DefinitionError.table(table, key.what() + ": " + problem, fix);
    }

    private static Optional<ColumnMeta> find(List<ColumnMeta> columns, String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /**
     * True when the keys are the table's primary key, a unique constraint, or a unique index without {@code where}
     * or a descending column, in any order.
     */
    static boolean isUniqueTarget(TableMeta ref, List<String> keys) {
        Set<String> wanted = new HashSet<>(keys);
        if (wanted.size() == keys.size() && new HashSet<>(ref.primaryKey()).equals(wanted)) {
            return true;
        }
        return ref.indexes().stream()
                .anyMatch(i -> i.unique()
                        && i.where() == null
                        && i.descending().isEmpty()
                        && new HashSet<>(i.columns()).equals(wanted));
    }

    /** A serial stores integers, so an integer column may reference it; otherwise the types must be equal. */
    static boolean sameKind(ColumnType a, ColumnType b) {
        return normal(a) == normal(b);
    }

    private static ColumnType normal(ColumnType type) {
        return type == ColumnType.SERIAL ? ColumnType.INTEGER : type;
    }
}
