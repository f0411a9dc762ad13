package dev.storium.schema;

/**
 * What a {@link Validator} uses to test a value: named assertions (built-ins such as {@code is_email}, or the ones the
 * {@code assertions} setting adds) and plain conditions. Each failed check adds one failure to the validation result.
 */
public interface Check {

    /** Runs the named assertion on the value; a failure carries the assertion's own message. */
    void check(Object value, String assertion);

    /** Runs the named assertion on the value; a failure carries the given message. */
    void check(Object value, String assertion, String message);

    /** Records a failure with the given message when the condition is false. */
    void require(boolean condition, String message);
}
