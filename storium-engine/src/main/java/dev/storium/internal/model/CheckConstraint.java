package dev.storium.internal.model;

import java.util.Objects;

/**
 * A check constraint: a named SQL condition that every row must satisfy.
 *
 * @param name the constraint name, unique within the schema
 * @param expression the condition as SQL text with database column names, as written in the code (the databases
 *     rewrite it; see {@code Alignment} for how a read-back condition is compared)
 */
public record CheckConstraint(String name, String expression) {
    public CheckConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
        if (expression.isBlank()) {
            throw new IllegalArgumentException("check " + name + " has no condition");
        }
    }
}
