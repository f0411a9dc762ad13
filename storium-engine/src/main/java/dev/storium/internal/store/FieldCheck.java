package dev.storium.internal.store;

import dev.storium.schema.Check;
import dev.storium.store.Assertion;
import dev.storium.store.FieldError;
import java.util.List;
import java.util.Optional;

/** The {@link Check} a column's validator gets: it records each failure for one field, never throws. */
final class FieldCheck implements Check {
    private final String field;
    private final Assertions assertions;
    private final List<FieldError> errors;

    FieldCheck(String field, Assertions assertions, List<FieldError> errors) {
        this.field = field;
        this.assertions = assertions;
        this.errors = errors;
    }

    @Override
    public void check(Object value, String assertion) {
        check(value, assertion, null);
    }

    @Override
    public void check(Object value, String assertion, String message) {
        Optional<Assertion> found = assertions.find(assertion);
        if (found.isEmpty()) {
            fail("`" + field + "` uses the unknown assertion `" + assertion + "`; known assertions are "
                    + assertions.names() + ". Fix: correct the name or add it to the `assertions` setting");
            return;
        }
        boolean passed;
        try {
            passed = found.get().test(value);
        } catch (RuntimeException e) {
            passed = false;
        }
        if (!passed) {
            fail(message != null ? message : "`" + field + "` " + assertions.phrase(assertion));
        }
    }

    @Override
    public void require(boolean condition, String message) {
        if (!condition) {
            fail(message);
        }
    }

    private void fail(String message) {
        errors.add(new FieldError(field, message));
    }
}
