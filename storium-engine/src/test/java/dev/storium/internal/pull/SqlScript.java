package dev.storium.internal.pull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A published SQL script cut into the statements a JDBC driver takes one at a time, as the databases' own command-line
 * clients cut it: a statement ends at the delimiter outside quotes, quoted names and comments. The delimiter is
 * {@code ;} until a MySQL {@code DELIMITER} line sets another (for the bodies of triggers and routines); a PostgreSQL
 * dollar-quoted body ({@code $$ ... $$}, {@code $_$ ... $_$}) is one string while the delimiter is {@code ;}.
 * Comments are left out of the statements; statements holding nothing else are skipped.
 */
final class SqlScript {
    private static final Pattern DELIMITER = Pattern.compile("(?i)^\\s*DELIMITER\\s+(\\S+)\\s*$");
    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$[A-Za-z_]*\\$");

    private final String text;
    /** True where {@code #} starts a comment and a backslash escapes a quote (MySQL). */
    private final boolean mysql;

    private final List<String> statements = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private String delimiter = ";";

    private SqlScript(String text, boolean mysql) {
        this.text = text;
        this.mysql = mysql;
    }

    /** The statements of {@code script}, in order, without their delimiters and comments. */
    static List<String> statements(String script, boolean mysql) {
        return new SqlScript(script, mysql).split();
    }

    private List<String> split() {
        int i = 0;
        while (i < text.length()) {
            if (atLineStart(i)) {
                int end = text.indexOf('\n', i);
                String line = text.substring(i, end < 0 ? text.length() : end);
                Matcher directive = DELIMITER.matcher(line);
                if (directive.matches()) {
                    finish();
                    delimiter = directive.group(1);
                    i = end < 0 ? text.length() : end + 1;
                    continue;
                }
            }
            i = step(i);
        }
        finish();
        return statements;
    }

    /** Reads what starts at {@code i} (a delimiter, comment, quoted text or one character); returns where it ends. */
    private int step(int i) {
        char ch = text.charAt(i);
        if (text.startsWith(delimiter, i)) {
            finish();
            return i + delimiter.length();
        }
        if (text.startsWith("--", i) || (mysql && ch == '#')) {
            int end = text.indexOf('\n', i);
            return end < 0 ? text.length() : end;
        }
        if (text.startsWith("/*", i)) {
            int end = text.indexOf("*/", i + 2);
            return end < 0 ? text.length() : end + 2;
        }
        if (ch == '\'' || ch == '"' || ch == '`') {
            return quoted(i, ch);
        }
        if (ch == '$' && !mysql && delimiter.equals(";")) {
            Matcher tag = DOLLAR_TAG.matcher(text).region(i, text.length());
            if (tag.lookingAt()) {
                int close = text.indexOf(tag.group(), tag.end());
                int end = close < 0 ? text.length() : close + tag.group().length();
                current.append(text, i, end);
                return end;
            }
        }
        current.append(ch);
        return i + 1;
    }

    /** Copies the quoted text starting at {@code i} (a doubled quote, or a MySQL backslash, escapes one). */
    private int quoted(int i, char quote) {
        int j = i + 1;
        while (j < text.length()) {
            char ch = text.charAt(j);
            if (mysql && ch == '\\' && quote != '`') {
                j += 2;
            } else if (ch == quote && j + 1 < text.length() && text.charAt(j + 1) == quote) {
                j += 2;
            } else if (ch == quote) {
                j++;
                break;
            } else {
                j++;
            }
        }
        int end = Math.min(j, text.length());
        current.append(text, i, end);
        return end;
    }

    private boolean atLineStart(int i) {
        return (i == 0 || text.charAt(i - 1) == '\n') && current.toString().isBlank();
    }

    private void finish() {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
