package dev.storium.internal.scan;

import java.util.Objects;

/**
 * A public static field found by a scan, with its value.
 *
 * @param className the declaring class's fully qualified name
 * @param fieldName the field's name
 * @param value the field's value after the class was initialised, never null
 */
public record StaticField<T>(String className, String fieldName, T value) {
    public StaticField {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(fieldName, "fieldName");
        Objects.requireNonNull(value, "value");
    }

    /** {@code com.example.Schema.USERS}, for messages. */
    public String where() {
        return className + "." + fieldName;
    }
}
