package dev.storium.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Resolves and checks the check constraints of a table definition: the table's own, then each column's. */
final class CheckRules {
    private CheckRules() {}

    static List<CheckMeta> resolve(
            String table, List<CheckDef> defs, List<ColumnDef> columns, List<ColumnMeta> resolved) {
        List<CheckMeta> checks = new ArrayList<>();
        for (CheckDef def : defs) {
            if (def.name == null || !Names.isIdentifier(def.name) || def.name.length() > Names.MAX_LENGTH) {
                throw DefinitionError.table(
                        table,
                        "the check name \"" + def.name + "\" is not a valid name: expected 1 to " + Names.MAX_LENGTH
                                + " characters from A-Z, a-z, 0-9 and _",
                        "name the check using only letters, digits and underscores: check(\"" + table
                                + "_positive_total\", \"total >= 0\")");
            }
            checks.add(new CheckMeta(def.name, condition(table, "check " + def.name, def.condition), null));
        }
        for (ColumnDef column : columns) {
            if (column.check != null) {
                String dbName = resolved.stream()
                        .filter(c -> c.key().equals(column.key))
                        .findFirst()
                        .orElseThrow()
                        .dbName();
                String name = Names.fit(table + "_" + dbName + "_check");
                checks.add(new CheckMeta(
                        name, condition(table, "the check of column " + column.key, column.check), column.key));
            }
        }
        Set<String> names = new HashSet<>();
        for (CheckMeta check : checks) {
            if (!names.add(check.name())) {
                throw DefinitionError.table(
                        table,
                        "two checks are named " + check.name(),
                        "give one of them another name (a column's check is named {table}_{column}_check)");
            }
        }
        return checks;
    }

    /**
     * The condition, refused when it is blank or could not be one SQL expression: quotes or parentheses that do not
     * close, or a semicolon outside a string.
     */
    private static String condition(String table, String what, String condition) {
        if (condition == null || condition.isBlank()) {
            throw DefinitionError.table(
                    table,
                    what + " has no condition",
                    "give the SQL condition every row must meet, such as \"total >= 0\"");
        }
        String problem = shapeProblem(condition);
        if (problem != null) {
            throw DefinitionError.table(
                    table,
                    what + " is not one SQL condition (" + problem + "): " + condition,
                    "write one condition over the table's database column names, such as \"total >= 0\"");
        }
        return condition.strip();
    }

    /** Why the text cannot be one SQL expression or statement (quotes, parentheses, a semicolon), or null. */
    static String shapeProblem(String condition) {
        int depth = 0;
        Character quote = null;
        for (int i = 0; i < condition.length(); i++) {
            char ch = condition.charAt(i);
            if (quote != null) {
                if (ch == quote) {
                    quote = null;
                }
            } else if (ch == '\'' || ch == '"' || ch == '`') {
                quote = ch;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                if (--depth < 0) {
                    return "a ')' closes nothing";
                }
            } else if (ch == ';') {
                return "a ';' ends it";
            }
        }
        if (quote != null) {
            return "a " + quote + " is not closed";
        }
        return depth == 0 ? null : "a '(' is not closed";
    }
}
