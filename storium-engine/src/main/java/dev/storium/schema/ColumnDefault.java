package dev.storium.schema;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A column default as written in the DSL: the current time, a random UUID, or a literal value (a string, number or
 * boolean, already checked against the column's type).
 *
 * @param kind which default
 * @param value the literal value, or null for the other kinds
 */
public record ColumnDefault(Kind kind, Object value) {

    /** The kinds of default. */
    public enum Kind {
        NOW,
        RANDOM_UUID,
        LITERAL
    }

    public ColumnDefault {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.LITERAL) != (value != null)) {
            throw new IllegalArgumentException("a literal default, and only it, carries a value");
        }
    }

    /** The literal as text ({@code "draft"}, {@code "42"}, {@code "0.5"}, {@code "true"}), or null for other kinds. */
    public String text() {
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString();
        }
        return value == null ? null : value.toString();
    }
}
