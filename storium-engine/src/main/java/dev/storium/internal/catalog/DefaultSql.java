package dev.storium.internal.catalog;

import dev.storium.internal.model.DefaultValue;
import dev.storium.schema.ColumnType;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a default expression as a catalog reports it back into a {@link DefaultValue}: casts ({@code
 * 'draft'::character varying}), wrapping parentheses, quotes and H2's {@code JSON '...'} are taken off; the
 * current-time functions of every dialect become "now", the UUID functions "random uuid"; {@code NULL} is no default.
 */
final class DefaultSql {
    private static final Pattern CAST =
            // a type of a named schema is qualified: 'draft'::sales.order_status
            Pattern.compile(
                    "::\\s*(\"?[A-Za-z_][A-Za-z0-9_]*\"?\\.)?[a-z_][a-z0-9_ ]*(\\(\\s*\\d+(\\s*,\\s*\\d+)?\\s*\\))?(\\[\\])*$");
    private static final Pattern NOW = Pattern.compile(
            "CURRENT_TIMESTAMP(\\(\\d*\\))?|NOW\\(\\d*\\)|LOCALTIMESTAMP(\\(\\d*\\))?|CURRENT_DATE(\\(\\))?|CURDATE\\(\\)"
                    + "|CURRENT_TIME(\\(\\d*\\))?|LOCALTIME(\\(\\d*\\))?|CURTIME\\(\\d*\\)");
    private static final Pattern RANDOM_UUID =
            Pattern.compile("GEN_RANDOM_UUID\\(\\)|UUID\\(\\)|RANDOM_UUID\\(\\)|UUID_GENERATE_V4\\(\\)");

    private DefaultSql() {}

    /**
     * The default an expression stands for, its literal written the model's way for the column's type ({@code true}
     * or {@code false} for a boolean); null for none. {@code backslashEscapes} is true where string literals escape
     * backslashes (MySQL).
     */
    static DefaultValue parse(String expression, ColumnType type, boolean backslashEscapes) {
        if (expression == null) {
            return null;
        }
        if (expression(expression)) {
            return null;
        }
        String sql = strip(expression.trim());
        String upper = sql.toUpperCase(Locale.ROOT);
        if (upper.isEmpty() || upper.equals("NULL")) {
            return null;
        }
        if (NOW.matcher(upper).matches()) {
            return DefaultValue.now();
        }
        if (RANDOM_UUID.matcher(upper).matches()) {
            return DefaultValue.randomUuid();
        }
        if (upper.startsWith("JSON ")) {
            sql = sql.substring(5).trim();
        }
        if (upper.endsWith(" FORMAT JSON")) {
            sql = sql.substring(0, sql.length() - " FORMAT JSON".length()).trim();
        }
        String value = unquote(sql, backslashEscapes);
        if (type == ColumnType.DATETIME) {
            value = isoDateTime(value);
        }
        if (type == ColumnType.TIME) {
            value = withoutEmptyFraction(value.trim());
        }
        if (type == ColumnType.CHAR) {
            value = unpadded(value);
        }
        return DefaultValue.literal(type == ColumnType.BOOLEAN ? bool(value) : value);
    }

    /**
     * True for a default no default of the DSL writes: an expression or a function call other than the current time's
     * and a random UUID's ({@code lower('X')}, {@code now() + '1 day'::interval}, MariaDB's {@code curdate() + 1}),
     * which the model reads as no default (see {@link Catalog#defaultSql}); false for a literal (quoted, a number, a
     * boolean), "now", a random UUID and none.
     */
    static boolean expression(String expression) {
        if (expression == null) {
            return false;
        }
        String sql = strip(expression.trim());
        String upper = sql.toUpperCase(Locale.ROOT);
        if (NOW.matcher(upper).matches() || RANDOM_UUID.matcher(upper).matches() || upper.startsWith("JSON ")) {
            return false;
        }
        boolean quoted = sql.length() >= 2 && sql.startsWith("'") && sql.endsWith("'") && quotedOnce(sql);
        return !quoted && sql.contains("(");
    }

    /** True when {@code sql}, which starts and ends with a quote, is one quoted literal (not {@code 'a' || 'b'}). */
    private static boolean quotedOnce(String sql) {
        String inner = sql.substring(1, sql.length() - 1);
        return !inner.replace("''", "").replace("\\'", "").contains("'");
    }

    /** Takes off casts and parentheses around the whole expression, repeatedly. */
    private static String strip(String sql) {
        String before;
        do {
            before = sql;
            Matcher cast = CAST.matcher(sql.toLowerCase(Locale.ROOT));
            if (!sql.endsWith("'") && cast.find()) {
                sql = sql.substring(0, cast.start()).trim();
            }
            if (sql.startsWith("(") && sql.endsWith(")") && balanced(sql.substring(1, sql.length() - 1))) {
                sql = sql.substring(1, sql.length() - 1).trim();
            }
        } while (!sql.equals(before));
        return sql;
    }

    private static boolean balanced(String sql) {
        int depth = 0;
        boolean quoted = false;
        for (char ch : sql.toCharArray()) {
            if (ch == '\'') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static String unquote(String sql, boolean backslashEscapes) {
        if (sql.length() < 2 || !sql.startsWith("'") || !sql.endsWith("'")) {
            return sql;
        }
        String inner = sql.substring(1, sql.length() - 1);
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < inner.length(); i++) {
            char ch = inner.charAt(i);
            if (ch == '\'' && i + 1 < inner.length() && inner.charAt(i + 1) == '\'') {
                value.append('\'');
                i++;
            } else if (ch == '\\' && backslashEscapes && i + 1 < inner.length()) {
                value.append(escaped(inner.charAt(++i)));
            } else {
                value.append(ch);
            }
        }
        return value.toString();
    }

    /** The character a MySQL backslash escape stands for ({@code \n}, {@code \'}, {@code \\}, ...). */
    private static char escaped(char ch) {
        switch (ch) {
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case '0':
                return '\0';
            case 'b':
                return '\b';
            case 'Z':
                return (char) 26;
            default:
                return ch;
        }
    }

    private static String bool(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("1") || v.equals("true") || v.equals("t") || v.equals("b'1'")) {
            return "true";
        }
        if (v.equals("0") || v.equals("false") || v.equals("f") || v.equals("b'0'")) {
            return "false";
        }
        return value;
    }

    /** True when two literal defaults mean the same value for a column of this type. */
    static boolean sameLiteral(ColumnType type, String a, String b) {
        switch (type) {
            case INTEGER:
            case SMALLINT:
            case BIGINT:
            case SERIAL:
            case REAL:
            case NUMERIC:
                try {
                    return new BigDecimal(a.trim()).compareTo(new BigDecimal(b.trim())) == 0;
                } catch (NumberFormatException e) {
                    return a.equals(b);
                }
            case BOOLEAN:
                return bool(a).equals(bool(b));
            case DATETIME:
                // catalogs write a space and trailing zeros where the model writes ISO text
                return sameDateTime(a, b);
            case TIME:
                // 08:30 in code is 08:30:00.000000 in MySQL's catalog
                return sameTime(a, b);
            case CHAR:
                return unpadded(a).equals(unpadded(b));
            case JSONB:
            case ARRAY:
                return a.replaceAll("\\s+", "").equals(b.replaceAll("\\s+", ""));
            default:
                return a.equals(b);
        }
    }

    /**
     * A date and time as a user writes it in code: ISO's {@code T} for the space catalogs report, without the zeros of
     * an empty fraction ({@code 2024-01-31 12:30:00.000000} is {@code 2024-01-31T12:30:00}).
     */
    private static String isoDateTime(String value) {
        return withoutEmptyFraction(value.trim().replace(' ', 'T'));
    }

    /** A char's value without the spaces that pad it. */
    private static String unpadded(String value) {
        return value.replaceAll(" +$", "");
    }

    /** A time without the trailing zeros of its fraction: {@code 08:30:00.000000} is {@code 08:30:00}. */
    private static String withoutEmptyFraction(String time) {
        return time.contains(".") ? time.replaceAll("0+$", "").replaceAll("\\.$", "") : time;
    }

    private static boolean sameTime(String a, String b) {
        try {
            return java.time.LocalTime.parse(a.trim()).equals(java.time.LocalTime.parse(b.trim()));
        } catch (java.time.format.DateTimeParseException e) {
            return a.equals(b);
        }
    }

    private static boolean sameDateTime(String a, String b) {
        try {
            return java.time.LocalDateTime.parse(a.trim().replace(' ', 'T'))
                    .equals(java.time.LocalDateTime.parse(b.trim().replace(' ', 'T')));
        } catch (java.time.format.DateTimeParseException e) {
            return a.equals(b);
        }
    }
}
