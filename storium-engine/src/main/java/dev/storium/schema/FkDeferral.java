package dev.storium.schema;

/**
 * When the database checks a foreign key: at each statement (the default), or, for a deferrable key, at the end of the
 * transaction when the transaction asks ({@code SET CONSTRAINTS ... DEFERRED}) or always. PostgreSQL and SQLite have
 * deferrable keys; MySQL/MariaDB and H2 check every key at once.
 */
public enum FkDeferral {
    /** Checked at each statement, and no transaction can put the check off. */
    NOT_DEFERRABLE(""),
    /** {@code DEFERRABLE INITIALLY IMMEDIATE}: checked at each statement unless the transaction defers it. */
    DEFERRABLE("DEFERRABLE"),
    /** {@code DEFERRABLE INITIALLY DEFERRED}: checked when the transaction commits. */
    INITIALLY_DEFERRED("DEFERRABLE INITIALLY DEFERRED");

    private final String sql;

    FkDeferral(String sql) {
        this.sql = sql;
    }

    /** The SQL words after the key's actions, empty for a key that is not deferrable. */
    public String sql() {
        return sql;
    }
}
