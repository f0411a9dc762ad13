package dev.storium.schema;

/** What the database does to child rows when the referenced row is deleted or its key updated. */
public enum FkAction {
    NO_ACTION("no action"),
    RESTRICT("restrict"),
    CASCADE("cascade"),
    SET_NULL("set null"),
    SET_DEFAULT("set default");

    private final String sql;

    FkAction(String sql) {
        this.sql = sql;
    }

    /** The SQL words of this action, lower case, such as {@code set null}. */
    public String sql() {
        return sql;
    }
}
