package dev.storium.store;

import java.util.Objects;

/**
 * One failure of the validation pipeline.
 *
 * @param field the DSL key of the column
 * @param message what is wrong, naming the field, such as {@code `email` is required}
 */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
