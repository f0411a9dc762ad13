package dev.storium.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Resolves and checks the indexes of a table definition, naming those the user did not name. */
final class IndexRules {
    private IndexRules() {}

    /** The indexes with their final names and database column names. */
    static List<IndexMeta> resolve(String table, List<IndexDef> defs, List<ColumnMeta> columns) {
        List<IndexMeta> indexes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (IndexDef def : defs) {
            IndexMeta index = resolve(table, def, columns);
            if (!names.add(index.name())) {
                throw DefinitionError.table(
                        table,
                        "two indexes are named " + index.name(),
                        "give one of them another name with index(...).name(\"...\")");
            }
            indexes.add(index);
        }
        return indexes;
    }

    private static IndexMeta resolve(String table, IndexDef def, List<ColumnMeta> columns) {
        if (def.columns.isEmpty()) {
            throw DefinitionError.table(table, "an index has no columns", "name its columns by key: index(\"email\")");
        }
        List<String> dbColumns = new ArrayList<>();
        for (String key : def.columns) {
            ColumnMeta column = find(columns, key)
                    .orElseThrow(() -> DefinitionError.column(
                            table,
                            ColumnRules.display(key),
                            "index(" + String.join(", ", def.columns) + ") names an unknown column; the column keys"
                                    + " are "
                                    + columns.stream().map(ColumnMeta::key).collect(Collectors.joining(", ")),
                            "use one of those keys (DSL keys, not database names)"));
            if (dbColumns.contains(column.dbName())) {
                throw DefinitionError.column(
                        table, key, "an index names the column twice", "name each indexed column once");
            }
            dbColumns.add(column.dbName());
        }
        String name = def.name;
        if (name == null) {
            name = Names.fit(table + "_" + String.join("_", dbColumns) + (def.unique ? "_unique" : "_idx"));
        } else if (!Names.isIdentifier(name) || name.length() > Names.MAX_LENGTH) {
            throw DefinitionError.table(
                    table,
                    "the index name \"" + name + "\" is not a valid name: expected 1 to " + Names.MAX_LENGTH
                            + " characters from A-Z, a-z, 0-9 and _",
                    "rename the index using only letters, digits and underscores");
        }
        if (def.where != null && def.where.isBlank()) {
            throw DefinitionError.table(
                    table,
                    "index " + name + " has an empty where(...) predicate",
                    "give the SQL condition of the partial index, or remove where(...)");
        }
        return new IndexMeta(name, def.columns, dbColumns, def.unique, def.where);
    }

    private static Optional<ColumnMeta> find(List<ColumnMeta> columns, String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
