package dev.storium.schema;

/**
 * A column's own validation, run by a store before every create and update: it receives the (transformed) value and a
 * {@link Check} that runs named assertions and records failures, for example
 * {@code (value, test) -> test.check(value, "is_email")}.
 */
@FunctionalInterface
public interface Validator {

    /** Checks one value; failures are reported through {@code test}, never thrown. */
    void validate(Object value, Check test);
}
