package dev.storium.schema;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;

/** Builds the exceptions of broken table definitions: what is wrong, naming the table and column, then the fix. */
final class DefinitionError {
    private DefinitionError() {}

    /** A problem with one column: {@code Table users, column email: <problem>. Fix: <fix>.} */
    static StoriumException column(String table, String column, String problem, String fix) {
        return of("Table " + table + ", column " + column + ": " + problem, fix);
    }

    /** A problem with the table as a whole: {@code Table users: <problem>. Fix: <fix>.} */
    static StoriumException table(String table, String problem, String fix) {
        return of("Table " + table + ": " + problem, fix);
    }

    /** A problem with an enum type: {@code Enum order_status: <problem>. Fix: <fix>.} */
    static StoriumException enumType(String name, String problem, String fix) {
        return of("Enum " + name + ": " + problem, fix);
    }

    private static StoriumException of(String problem, String fix) {
        return new StoriumException(ErrorCode.SCHEMA_DEFINITION, problem + ". Fix: " + fix + ".");
    }
}
