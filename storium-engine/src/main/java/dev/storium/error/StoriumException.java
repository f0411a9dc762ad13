package dev.storium.error;

import java.util.Objects;

/**
 * The one exception Storium throws: a message that says what happened, the facts, and the fix, plus an
 * {@link ErrorCode}.
 */
public class StoriumException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public StoriumException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public StoriumException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The kind of failure. */
    public ErrorCode code() {
        return code;
    }
}
