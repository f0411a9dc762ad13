package dev.storium.error;

/** What kind of failure a {@link StoriumException} reports; {@link #isUserError()} separates bad input from broken environments. */
public enum ErrorCode {
    /** The configuration is missing, malformed or contradicts itself. */
    CONFIG(true),
    /** A table definition is broken (duplicate column, unknown column in an index, ...). */
    SCHEMA_DEFINITION(true),
    /** Schema classes could not be found or loaded. */
    SCHEMA_SCAN(true),
    /** A generated change would lose data and was not allowed. */
    DATA_LOSS(true),
    /** The migrations directory (SQL files, journal, snapshots) is inconsistent or corrupt. */
    MIGRATION_FOLDER(true),
    /** A change cannot be expressed in the target dialect. */
    UNSUPPORTED(true),
    /**
     * A store call was refused: its input failed validation ({@code dev.storium.store.ValidationException}), it lacked
     * a filter, or the row it named does not exist.
     */
    STORE(true),
    /** {@code storium:check} found that the code, the migrations and the database disagree. */
    CHECK(true),
    /** The database could not be reached or a statement failed. */
    DATABASE(false),
    /** A file could not be read or written. */
    IO(false);

    private final boolean userError;

    ErrorCode(boolean userError) {
        this.userError = userError;
    }

    /** True when the user's input (configuration, schema, files) is at fault rather than the environment. */
    public boolean isUserError() {
        return userError;
    }
}
