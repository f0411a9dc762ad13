package dev.storium.internal.pull;

import dev.storium.schema.ColumnType;
import dev.storium.schema.FkAction;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Java source text: string literals, constant names and DSL keys made from database names. */
final class JavaText {
    private static final Pattern LOWER_UPPER = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern ACRONYM_WORD = Pattern.compile("([A-Z])([A-Z][a-z])");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_]{1,63}");

    /** The names the generated class imports statically: a constant of one of these names would hide it. */
    private static final Set<String> IMPORTED = Stream.concat(
                    Arrays.stream(ColumnType.values()).map(Enum::name),
                    Arrays.stream(FkAction.values()).map(Enum::name))
            .collect(Collectors.toUnmodifiableSet());

    private JavaText() {}

    /** A Java string literal of {@code text}: quotes, backslashes and control characters escaped. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }

    /**
     * An SQL expression without the parentheses a database puts around all of it ({@code ((price >= 0))} as {@code
     * price >= 0}): the same condition, as a person writes it. Parentheses inside string literals are not counted.
     */
    static String unwrapped(String sql) {
        String text = sql.strip();
        while (text.startsWith("(") && text.endsWith(")") && closingOfFirst(text) == text.length() - 1) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** The position of the parenthesis that closes the first character's, or -1. */
    private static int closingOfFirst(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** True when the DSL takes {@code name} as a table, column, index or constraint name. */
    static boolean isName(String name) {
        return name != null && IDENTIFIER.matcher(name).matches();
    }

    /**
     * The DSL's snake_case of a key, as {@code Schema} turns keys into database names (docs/schema.md, "Naming
     * rules"): {@code fullName} to {@code full_name}.
     */
    static String snakeCase(String key) {
        String split = ACRONYM_WORD
                .matcher(LOWER_UPPER.matcher(key).replaceAll("$1_$2"))
                .replaceAll("$1_$2");
        return split.toLowerCase(Locale.ROOT);
    }

    /** The key a person would write for a database name: {@code unit_price} as {@code unitPrice}, {@code AlbumId} as {@code albumId}. */
    static String camelCase(String name) {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = key.length() > 0;
            } else if (key.length() == 0) {
                key.append(Character.toLowerCase(c));
            } else if (upper) {
                key.append(Character.toUpperCase(c));
                upper = false;
            } else {
                key.append(name.chars().anyMatch(Character::isLowerCase) ? c : Character.toLowerCase(c));
            }
        }
        return key.length() == 0 ? name : key.toString();
    }

    /**
     * A class name for a database name: {@code sales_ops} as {@code SalesOps}, {@code SALES} as {@code Sales}; one that
     * would start with a digit starts with {@code S}.
     */
    static String className(String name) {
        String key = camelCase(name);
        String pascal = key.isEmpty() ? "S" : Character.toUpperCase(key.charAt(0)) + key.substring(1);
        return Character.isJavaIdentifierStart(pascal.charAt(0)) ? pascal : "S" + pascal;
    }

    /** A constant's name for a database name: {@code order_lines} as {@code ORDER_LINES}, {@code PlaylistTrack} as {@code PLAYLIST_TRACK}. */
    static String constant(String name) {
        String constant = snakeCase(name).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
        if (constant.isEmpty() || Character.isDigit(constant.charAt(0))) {
            constant = "T_" + constant;
        }
        return IMPORTED.contains(constant) ? constant + "_TABLE" : constant;
    }
}
