package dev.storium.schema;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.util.Locale;

/** Checks what a view definition is given: its name, its queries and the names it depends on. */
final class ViewRules {
    private ViewRules() {}

    static String name(String name) {
        if (!Names.isIdentifier(name) || name.length() > Names.MAX_LENGTH) {
            throw error(
                    name,
                    "the view name \"" + name + "\" is not a valid name: expected 1 to " + Names.MAX_LENGTH
                            + " characters from A-Z, a-z, 0-9 and _",
                    "name the view using only letters, digits and underscores, such as defineView(\"active_users\")");
        }
        return name;
    }

    /** The query, stripped; refused when blank, not a SELECT or WITH, or not one statement. */
    static String query(String view, String what, String query) {
        if (query == null || query.isBlank()) {
            throw error(
                    view, what + " is empty", "give the SELECT the view stands for, such as \"SELECT id FROM users\"");
        }
        String text = query.strip();
        String problem = CheckRules.shapeProblem(text);
        if (problem != null) {
            throw error(
                    view,
                    what + " is not one SQL statement (" + problem + "): " + text,
                    "write one SELECT without a closing semicolon, such as \"SELECT id FROM users\"");
        }
        String first = text.replaceFirst("^[(\\s]+", "").split("\\s", 2)[0].toLowerCase(Locale.ROOT);
        if (!first.equals("select") && !first.equals("with")) {
            throw error(
                    view,
                    what + " does not start with SELECT or WITH: " + text,
                    "give the query alone, without CREATE VIEW ... AS, such as \"SELECT id FROM users\"");
        }
        return text;
    }

    static String dependency(String view, String name) {
        if (name == null) {
            throw error(
                    view,
                    "dependsOn(...) is given null",
                    "declare the tables and views a view reads before the view (a field used before it is assigned"
                            + " reads null)");
        }
        if (name.equals(view)) {
            throw error(view, "it depends on itself", "name the tables and views it reads in dependsOn(...)");
        }
        return name;
    }

    /** A problem with a view: {@code View active_users: <problem>. Fix: <fix>.} */
    static StoriumException error(String view, String problem, String fix) {
        return new StoriumException(
                ErrorCode.SCHEMA_DEFINITION, "View " + view + ": " + problem + ". Fix: " + fix + ".");
    }
}
