package dev.storium.store;

/**
 * A named check on one value, used from a column's {@code validate} through {@code test.check(value, "name")}. Storium
 * has seven built-ins ({@code is_email}, {@code is_url}, {@code is_numeric}, {@code is_uuid}, {@code is_boolean},
 * {@code is_integer}, {@code not_empty}); the {@code assertions} setting adds more, or replaces a built-in of the same
 * name, by naming a public class with a public no-argument constructor that implements this interface.
 */
@FunctionalInterface
public interface Assertion {

    /** True when the value passes; never throws for a value of an unexpected type, returns false instead. */
    boolean test(Object value);
}
