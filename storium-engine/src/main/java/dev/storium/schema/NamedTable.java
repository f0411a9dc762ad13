package dev.storium.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A table that has a name but no columns yet, from {@link Schema#defineTable(String)}; {@link #columns} finishes it. */
public final class NamedTable {
    private final String name;
    private final String renamedFrom;
    private final boolean timestamps;
    private final String comment;

    NamedTable(String name, String renamedFrom) {
        this(name, renamedFrom, true, null);
    }

    private NamedTable(String name, String renamedFrom, boolean timestamps, String comment) {
        this.name = Objects.requireNonNull(name, "table name");
        this.renamedFrom = renamedFrom;
        this.timestamps = timestamps;
        this.comment = comment;
    }

    /** This table with a hint that it was called {@code oldName} in the database, so generate renames it. */
    public NamedTable renamedFrom(String oldName) {
        return new NamedTable(name, oldName, timestamps, comment);
    }

    /** This table with ({@code true}, the default) or without the automatic {@code createdAt} / {@code updatedAt}. */
    public NamedTable timestamps(boolean enabled) {
        return new NamedTable(name, renamedFrom, enabled, comment);
    }

    /**
     * This table with a comment in the database: plain text of at most 2048 characters (MySQL's limit), not empty;
     * checked when {@link #columns} finishes the table.
     */
    public NamedTable comment(String text) {
        Objects.requireNonNull(text, "a comment cannot be null; leave .comment(...) out for no comment");
        return new NamedTable(name, renamedFrom, timestamps, text);
    }

    /** The table definition with these columns (plus {@code createdAt} / {@code updatedAt} unless turned off). */
    public TableDef columns(ColumnDef... columns) {
        return new TableDef(new TableSpec(
                name,
                renamedFrom,
                Arrays.asList(columns),
                List.of(),
                List.of(),
                List.of(),
                null,
                Schema.access(),
                timestamps,
                comment,
                List.of()));
    }
}
