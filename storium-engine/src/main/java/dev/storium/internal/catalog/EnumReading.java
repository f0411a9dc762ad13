package dev.storium.internal.catalog;

import dev.storium.internal.model.CheckConstraint;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.EnumType;
import dev.storium.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Enum columns as the catalogs report them: PostgreSQL's enum types, MySQL's and H2's {@code enum(...)} column types,
 * SQLite's {@code varchar} with the check {@code "c" IN ('a', ...)} named {@code ..._enum}. Only PostgreSQL knows an
 * enum's name; elsewhere a column reads with a name of its own until {@link Alignment} gives it the code's.
 */
final class EnumReading {
    private static final Pattern IN_LIST = Pattern.compile(
            "(?s)\\s*\\(?\\s*[\"`]?(\\w+)[\"`]?\\s+IN\\s*\\((.*)\\)\\s*\\)?\\s*", Pattern.CASE_INSENSITIVE);

    private EnumReading() {}

    /**
     * The storage key of an enum: its name where the database keeps one (PostgreSQL; empty elsewhere) and its values
     * exactly, case and spaces kept.
     */
    static String key(String name, List<String> values) {
        StringBuilder key = new StringBuilder("enum");
        if (!name.isEmpty()) {
            key.append(' ').append(name);
        }
        key.append('(');
        for (int i = 0; i < values.size(); i++) {
            key.append(i == 0 ? "" : ",")
                    .append('\'')
                    .append(values.get(i).replace("'", "''"))
                    .append('\'');
        }
        return key.append(')').toString();
    }

    /** An enum column read from a catalog. */
    static Column column(
            String name, EnumType type, boolean notNull, String defaultSql, boolean backslashEscapes, String comment) {
        return new Column(
                name,
                ColumnType.ENUM,
                null,
                null,
                null,
                null,
                false,
                null,
                notNull,
                DefaultSql.parse(defaultSql, ColumnType.ENUM, backslashEscapes),
                comment,
                null,
                type);
    }

    /** The name an enum column reads with where the database keeps no enum name: {@code {table}_{column}}. */
    static String unnamed(String table, String column) {
        return table + "_" + column;
    }

    /** The values of a list of SQL string literals, {@code 'a','b'} (quotes doubled inside); null if it is none. */
    static List<String> values(String list) {
        List<String> values = new ArrayList<>();
        int i = 0;
        String text = list.strip();
        while (i < text.length()) {
            if (text.charAt(i) != '\'') {
                return null;
            }
            StringBuilder value = new StringBuilder();
            i++;
            while (true) {
                if (i >= text.length()) {
                    return null;
                }
                char ch = text.charAt(i);
                if (ch == '\'') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                        value.append('\'');
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                value.append(ch);
                i++;
            }
            values.add(value.toString());
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i < text.length()) {
                if (text.charAt(i) != ',') {
                    return null;
                }
                i++;
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
            }
        }
        return values.isEmpty() ? null : values;
    }

    /** The values of MySQL's or H2's column type {@code enum('a','b')} as reported; null for another type. */
    static List<String> ofColumnType(String columnType) {
        String text = columnType.strip();
        if (!text.regionMatches(true, 0, "enum(", 0, 5) || !text.endsWith(")")) {
            return null;
        }
        return values(text.substring(5, text.length() - 1));
    }

    /**
     * The column and values of a SQLite enum check: named {@code ..._enum}, its condition {@code "c" IN ('a', ...)};
     * null for any other check.
     */
    static EnumCheck ofCheck(CheckConstraint check) {
        if (!check.name().endsWith("_enum")) {
            return null;
        }
        Matcher in = IN_LIST.matcher(check.expression());
        if (!in.matches()) {
            return null;
        }
        List<String> values = values(in.group(2));
        return values == null ? null : new EnumCheck(in.group(1), values);
    }

    /** The column an enum check restricts, and its values. */
    record EnumCheck(String column, List<String> values) {}
}
