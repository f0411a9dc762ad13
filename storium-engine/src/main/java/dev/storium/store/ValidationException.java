package dev.storium.store;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every validation failure of one {@code create} or {@code update}, thrown together (code {@link ErrorCode#STORE}).
 * {@link #errors()} lists them field by field; the message lists them too.
 */
public final class ValidationException extends StoriumException {
    private static final long serialVersionUID = 1L;

    private final String table;
    private final List<FieldError> errors;

    /** A failure of {@code operation} on {@code table} with these field errors (at least one). */
    public ValidationException(String table, String operation, List<FieldError> errors) {
        this(table, operation, null, errors);
    }

    /**
     * A failure of {@code operation} on {@code table} in {@code scope} (such as "2 of 5 rows" of a bulk call), with
     * these field errors (at least one).
     */
    public ValidationException(String table, String operation, String scope, List<FieldError> errors) {
        super(ErrorCode.STORE, message(table, operation, scope, errors));
        this.table = table;
        this.errors = List.copyOf(errors);
    }

    private static String message(String table, String operation, String scope, List<FieldError> errors) {
        return operation + " on " + table + " failed validation" + (scope == null ? "" : " in " + scope) + " with "
                + errors.size()
                + (errors.size() == 1 ? " error: " : " errors: ")
                + errors.stream().map(FieldError::message).collect(Collectors.joining("; "))
                + ". Fix: correct the listed fields and call " + operation + " again.";
    }

    /** The table's name. */
    public String table() {
        return table;
    }

    /** The failures, in column order, field by field. */
    public List<FieldError> errors() {
        return errors;
    }
}
