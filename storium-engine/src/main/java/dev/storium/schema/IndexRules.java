package dev.storium.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves and checks the indexes and unique constraints of a table definition, naming those the user did not name.
 * What a database cannot build (a method, {@code include}, an expression) is refused later, by the dialect that
 * renders it.
 */
final class IndexRules {
    /** The access methods {@code using(...)} accepts; which database has which is the renderer's to say. */
    static final List<String> METHODS =
            List.of("btree", "hash", "gin", "gist", "brin", "spgist", "fulltext", "spatial");

    private IndexRules() {}

    /** The indexes, then the unique constraints, with their final names and database column names. */
    static List<IndexMeta> resolve(
            String table, List<IndexDef> defs, List<UniqueDef> uniques, List<ColumnMeta> columns) {
        List<IndexMeta> indexes = new ArrayList<>();
        for (IndexDef def : defs) {
            indexes.add(resolve(table, def, columns));
        }
        for (UniqueDef def : uniques) {
            indexes.add(unique(table, def, columns));
        }
        Set<String> names = new HashSet<>();
        for (IndexMeta index : indexes) {
            if (names.add(index.name())) {
                continue;
            }
            if (!index.constraint()) {
                throw DefinitionError.table(
                        table,
                        "two indexes are named " + index.name(),
                        "give one of them another name with index(...).name(\"...\")");
            }
            throw DefinitionError.table(
                    table,
                    "a unique constraint has the name of another index or unique constraint, " + index.name(),
                    "give the unique constraint another name with unique(...).name(\"...\")");
        }
        return indexes;
    }

    private static IndexMeta unique(String table, UniqueDef def, List<ColumnMeta> columns) {
        String what = "unique(" + String.join(", ", def.columns) + ")";
        if (def.columns.isEmpty()) {
            throw DefinitionError.table(
                    table, "a unique constraint has no columns", "name its columns by key: unique(\"email\")");
        }
        List<String> dbColumns = dbColumns(table, what, def.columns, columns);
        String name = name(table, "unique constraint", def.name, dbColumns, "_unique");
        return new IndexMeta(
                name, def.columns, dbColumns, true, null, true, List.of(), null, List.of(), List.of(), null, null);
    }

    private static IndexMeta resolve(String table, IndexDef def, List<ColumnMeta> columns) {
        boolean onExpressions = !def.expressions.isEmpty();
        if (def.columns.isEmpty() && !onExpressions) {
            throw DefinitionError.table(table, "an index has no columns", "name its columns by key: index(\"email\")");
        }
        String what = onExpressions
                ? "indexOn(" + String.join(", ", def.expressions) + ")"
                : "index(" + String.join(", ", def.columns) + ")";
        List<String> dbColumns = dbColumns(table, what, def.columns, columns);
        if (onExpressions && def.name == null) {
            throw DefinitionError.table(
                    table,
                    what + " has no name",
                    "name an index on expressions: indexOn(\"lower(email)\").name(\"" + table + "_email_lower_idx\")");
        }
        String name = name(table, "index", def.name, dbColumns, def.unique ? "_unique" : "_idx");
        for (String expression : def.expressions) {
            String problem =
                    expression == null || expression.isBlank() ? "it is empty" : CheckRules.shapeProblem(expression);
            if (problem != null) {
                throw DefinitionError.table(
                        table,
                        "index " + name + " has an expression that is not one SQL expression (" + problem + "): "
                                + expression,
                        "write one expression over the table's database column names, such as \"lower(email)\"");
            }
        }
        if (def.where != null && def.where.isBlank()) {
            throw DefinitionError.table(
                    table,
                    "index " + name + " has an empty where(...) predicate",
                    "give the SQL condition of the partial index, or remove where(...)");
        }
        String method = method(table, name, def);
        List<Boolean> descending = descending(table, name, def);
        List<String> include = include(table, name, def, columns);
        if (("fulltext".equals(method) || "spatial".equals(method))
                && (def.where != null || !descending.isEmpty() || !include.isEmpty())) {
            throw DefinitionError.table(
                    table,
                    "index " + name + " is a " + method + " index with where(...), desc(...) or include(...), which a "
                            + method + " index cannot have",
                    "remove those options from the " + method + " index");
        }
        List<String> expressions = def.expressions.stream().map(String::strip).toList();
        return new IndexMeta(
                name,
                def.columns,
                dbColumns,
                def.unique,
                def.where,
                false,
                descending,
                method,
                include,
                expressions,
                opclasses(table, name, def),
                nulls(table, name, def));
    }

    /** The operator class of each key part, null where none is given; the parts named as in {@link #partIndex}. */
    private static List<String> opclasses(String table, String name, IndexDef def) {
        List<String> opclasses = new ArrayList<>();
        def.columns.forEach(c -> opclasses.add(null));
        def.expressions.forEach(e -> opclasses.add(null));
        def.opclasses.forEach((part, opclass) -> {
            if (opclass == null || !opclass.strip().matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?")) {
                throw DefinitionError.table(
                        table,
                        "index " + name + " gives " + part + " the operator class \"" + opclass + "\", which is not a"
                                + " name",
                        "give the operator class by its name, such as \"text_pattern_ops\" (optionally"
                                + " schema.name)");
            }
            opclasses.set(partIndex(table, name, def, part, "opclass(...)"), opclass.strip());
        });
        return opclasses;
    }

    /** {@code first} or {@code last} for each key part, null where neither is given. */
    private static List<String> nulls(String table, String name, IndexDef def) {
        List<String> nulls = new ArrayList<>();
        int parts = def.columns.size() + def.expressions.size();
        for (int i = 0; i < parts; i++) {
            nulls.add(def.nulls.get(""));
        }
        def.nulls.forEach((key, order) -> {
            if (!key.isEmpty()) {
                if (!def.expressions.isEmpty()) {
                    throw DefinitionError.table(
                            table,
                            "index " + name + " names columns in nulls" + (order.equals("first") ? "First" : "Last")
                                    + "(...), but it is on expressions",
                            "write it without keys to order the nulls of every expression");
                }
                nulls.set(
                        partIndex(
                                table, name, def, key, "nulls" + (order.equals("first") ? "First" : "Last") + "(...)"),
                        order);
            }
        });
        return nulls;
    }

    /** The position of a key part named by its DSL key, or for an index on expressions by the expression as written. */
    private static int partIndex(String table, String name, IndexDef def, String part, String what) {
        int position = def.expressions.isEmpty()
                ? def.columns.indexOf(part)
                : def.expressions.stream().map(String::strip).toList().indexOf(part.strip());
        if (position < 0) {
            throw DefinitionError.table(
                    table,
                    "index " + name + " names " + part + " in " + what + ", which is not one of its key parts ("
                            + String.join(", ", def.expressions.isEmpty() ? def.columns : def.expressions) + ")",
                    "name in " + what + " one of the index's own columns by DSL key, or one of its expressions as"
                            + " written");
        }
        return position;
    }

    private static String method(String table, String name, IndexDef def) {
        if (def.method == null) {
            return null;
        }
        String method = def.method.strip().toLowerCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw DefinitionError.table(
                    table,
                    "index " + name + " uses the unknown method \"" + def.method + "\"",
                    "use one of " + String.join(", ", METHODS)
                            + " in using(...), or leave using(...) out for a b-tree");
        }
        if (def.unique && !method.equals("btree")) {
            throw DefinitionError.table(
                    table,
                    "index " + name + " is unique but uses the method " + method + ", and only a b-tree index can be"
                            + " unique",
                    "remove unique() or using(\"" + method + "\")");
        }
        return method.equals("btree") ? null : method;
    }

    private static List<Boolean> descending(String table, String name, IndexDef def) {
        int parts = def.columns.size() + def.expressions.size();
        List<Boolean> descending = new ArrayList<>();
        if (def.allDescending) {
            for (int i = 0; i < parts; i++) {
                descending.add(true);
            }
            return descending;
        }
        if (def.descending.isEmpty()) {
            return List.of();
        }
        if (!def.expressions.isEmpty()) {
            throw DefinitionError.table(
                    table,
                    "index " + name + " names columns in desc(...), but it is on expressions",
                    "write desc() without keys to sort every expression descending");
        }
        for (String key : def.descending) {
            if (!def.columns.contains(key)) {
                throw DefinitionError.table(
                        table,
                        "index " + name + " sorts " + key + " descending, which is not one of its columns ("
                                + String.join(", ", def.columns) + ")",
                        "name in desc(...) only the index's own columns, by DSL key");
            }
        }
        for (String key : def.columns) {
            descending.add(def.descending.contains(key));
        }
        return descending;
    }

    private static List<String> include(String table, String name, IndexDef def, List<ColumnMeta> columns) {
        if (def.include.isEmpty()) {
            return List.of();
        }
        List<String> include =
                dbColumns(table, "include(" + String.join(", ", def.include) + ")", def.include, columns);
        for (String key : def.include) {
            if (def.columns.contains(key)) {
                throw DefinitionError.column(
                        table,
                        key,
                        "index " + name + " both indexes and includes the column",
                        "name the column in index(...) or in include(...), not both");
            }
        }
        return include;
    }

    private static String name(String table, String what, String given, List<String> dbColumns, String suffix) {
        if (given == null) {
            return Names.fit(table + "_" + String.join("_", dbColumns) + suffix);
        }
        if (!Names.isIdentifier(given) || given.length() > Names.MAX_LENGTH) {
            throw DefinitionError.table(
                    table,
                    "the " + what + " name \"" + given + "\" is not a valid name: expected 1 to " + Names.MAX_LENGTH
                            + " characters from A-Z, a-z, 0-9 and _",
                    "rename the " + what + " using only letters, digits and underscores");
        }
        return given;
    }

    private static List<String> dbColumns(String table, String what, List<String> keys, List<ColumnMeta> columns) {
        List<String> dbColumns = new ArrayList<>();
        for (String key : keys) {
            ColumnMeta column = find(columns, key)
                    .orElseThrow(() -> DefinitionError.column(
                            table,
                            ColumnRules.display(key),
                            what + " names an unknown column; the column keys are "
                                    + columns.stream().map(ColumnMeta::key).collect(Collectors.joining(", ")),
                            "use one of those keys (DSL keys, not database names)"));
            if (dbColumns.contains(column.dbName())) {
                throw DefinitionError.column(table, key, what + " names the column twice", "name each column once");
            }
            dbColumns.add(column.dbName());
        }
        return dbColumns;
    }

    private static Optional<ColumnMeta> find(List<ColumnMeta> columns, String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
