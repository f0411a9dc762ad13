package dev.storium.internal.drizzle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storium.internal.model.DefaultValue;
import dev.storium.schema.ColumnType;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A drizzle-kit snapshot's column default as a Storium default. drizzle-kit writes a string default as its SQL literal
 * ({@code 'draft'}, sometimes with a cast or in parentheses), a number or boolean as JSON, and an expression as its SQL
 * ({@code now()}, {@code (CURRENT_TIMESTAMP)}, {@code gen_random_uuid()}, {@code (UUID())}). Storium's model holds the
 * current time, a random UUID and literals; any other expression cannot be converted.
 */
final class DrizzleDefaults {
    private static final Pattern LITERAL =
            Pattern.compile("'((?:[^']|'')*)'(?:::[a-z0-9 _\"().\\[\\]]+)?", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern NOW =
            Pattern.compile("now\\(\\)|current_timestamp(\\(\\d*\\))?|localtimestamp(\\(\\d*\\))?");
    private static final Pattern RANDOM_UUID = Pattern.compile("gen_random_uuid\\(\\)|uuid\\(\\)");

    private DrizzleDefaults() {}

    /**
     * The default of {@code node} for a column of {@code type}, empty when the snapshot has none; an expression that
     * Storium's model cannot hold is an {@link IllegalArgumentException} saying so.
     */
    static Optional<DefaultValue> of(JsonNode node, ColumnType type) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (node.isNumber() || node.isBoolean()) {
            return Optional.of(DefaultValue.literal(node.asText()));
        }
        String text = unwrapped(node.asText().strip());
        Matcher literal = LITERAL.matcher(text);
        if (literal.matches()) {
            String value = literal.group(1).replace("''", "'");
            return Optional.of(DefaultValue.literal(type == ColumnType.BOOLEAN ? bool(value) : value));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (NUMBER.matcher(text).matches() || lower.equals("true") || lower.equals("false")) {
            return Optional.of(DefaultValue.literal(type == ColumnType.BOOLEAN ? bool(lower) : lower));
        }
        if (NOW.matcher(lower).matches()) {
            return Optional.of(DefaultValue.now());
        }
        if (RANDOM_UUID.matcher(lower).matches()) {
            return Optional.of(DefaultValue.randomUuid());
        }
        throw new IllegalArgumentException("its default " + text + " is an expression Storium's model cannot hold"
                + " (it holds the current time, a random UUID and literals)");
    }

    /** A boolean literal as Storium keeps it: {@code true} or {@code false} (SQLite and MySQL write 1 and 0). */
    private static String bool(String value) {
        return value.equals("1") || value.equalsIgnoreCase("true") ? "true" : value.equals("0") ? "false" : value;
    }

    /** The text without the parentheses around all of it: {@code (CURRENT_TIMESTAMP)}, {@code ('a')}. */
    private static String unwrapped(String text) {
        String inner = text;
        while (inner.length() >= 2 && inner.startsWith("(") && inner.endsWith(")") && balanced(inner)) {
            inner = inner.substring(1, inner.length() - 1).strip();
        }
        return inner;
    }

    /** True when the opening parenthesis at 0 closes at the end, not before. */
    private static boolean balanced(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && i < text.length() - 1) {
                return false;
            }
        }
        return true;
    }
}
