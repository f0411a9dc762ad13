package dev.storium.internal.model;

import java.util.Objects;

/**
 * A column default: the current time, a random UUID, or a literal. A literal is kept as text ({@code "draft"},
 * {@code "42"}, {@code "true"}); the column's type says how a dialect writes it.
 */
public record DefaultValue(Kind kind, String literal) {

    /** The kinds of default. */
    public enum Kind {
        NOW,
        RANDOM_UUID,
        LITERAL
    }

    public DefaultValue {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.LITERAL) {
            Objects.requireNonNull(literal, "a literal default needs its value");
        } else if (literal != null) {
            throw new IllegalArgumentException("only a literal default carries a value, not " + kind);
        }
    }

    public static DefaultValue now() {
        return new DefaultValue(Kind.NOW, null);
    }

    public static DefaultValue randomUuid() {
        return new DefaultValue(Kind.RANDOM_UUID, null);
    }

    public static DefaultValue literal(String value) {
        return new DefaultValue(Kind.LITERAL, value);
    }
}
