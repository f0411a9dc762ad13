package dev.storium.internal.store;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.util.function.Supplier;
import org.jooq.exception.DataAccessException;

/** Runs the statements of store calls, turning a database failure into one that names the call and the table. */
final class Statements {
    private Statements() {}

    /** The statement's result; a {@link DataAccessException} becomes a {@link ErrorCode#DATABASE} failure. */
    static <T> T run(String table, Supplier<T> statement, String operation) {
        try {
            return statement.get();
        } catch (DataAccessException e) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    operation + " on " + table + " failed in the database: " + e.getMessage()
                            + ". Fix: check the values against the table's constraints (unique indexes, foreign keys,"
                            + " NOT NULL columns).",
                    e);
        }
    }
}
