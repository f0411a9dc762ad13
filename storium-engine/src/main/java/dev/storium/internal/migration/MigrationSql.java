package dev.storium.internal.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The text of a migration SQL file: statements, each ending with {@code ;}, separated by breakpoint lines. */
public final class MigrationSql {
    /** The line that separates two statements. */
    public static final String BREAKPOINT = "--> statement-breakpoint";

    /** The single line of an empty custom migration, inviting hand-written SQL. */
    public static final String CUSTOM_PLACEHOLDER =
            "-- Custom migration: write its SQL below. Separate statements with" + " a line '" + BREAKPOINT + "'.";

    private static final Pattern BREAKPOINT_LINE =
            Pattern.compile("(?m)^" + Pattern.quote(BREAKPOINT) + "[ \\t]*\\r?$");

    private MigrationSql() {}

    /** The file text for these statements (given without trailing semicolons), ending with a newline. */
    public static String join(List<String> statements) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < statements.size(); i++) {
            if (i > 0) {
                text.append('\n').append(BREAKPOINT).append('\n');
            }
            text.append(withSemicolon(statements.get(i).strip()));
        }
        return text.append('\n').toString();
    }

    /** The statements of a file's text, split at breakpoint lines, blank pieces dropped, semicolons kept. */
    public static List<String> split(String text) {
        List<String> statements = new ArrayList<>();
        for (String piece : BREAKPOINT_LINE.split(text, -1)) {
            String statement = piece.strip();
            if (!statement.isEmpty()) {
                statements.add(statement);
            }
        }
        return statements;
    }

    private static String withSemicolon(String statement) {
        return statement.endsWith(";") ? statement : statement + ";";
    }
}
