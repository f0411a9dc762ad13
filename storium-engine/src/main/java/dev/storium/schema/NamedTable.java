package dev.storium.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A table that has a name but no columns yet, from {@link Schema#defineTable(String)}; {@link #columns} finishes it. */
public final class NamedTable {
    private final String schema;
    private final String name;
    private final String renamedFrom;
    private final boolean timestamps;
    private final String comment;

    NamedTable(String schema, String name) {
        this(schema, name, null, true, null);
    }

    private NamedTable(String schema, String name, String renamedFrom, boolean timestamps, String comment) {
        this.schema = schema;
        this.name = Objects.requireNonNull(name, "table name");
        this.renamedFrom = renamedFrom;
        this.timestamps = timestamps;
        this.comment = comment;
    }

    /**
     * This table with a hint that it was called {@code oldName} in the database, so generate renames it: a name in the
     * table's own schema, or {@code schema.name} for a table that moves from another schema ({@code public.name} for
     * one that moves from the default schema).
     */
    public NamedTable renamedFrom(String oldName) {
        return new NamedTable(schema, name, oldName, timestamps, comment);
    }

    /** This table with ({@code true}, the default) or without the automatic {@code createdAt} / {@code updatedAt}. */
    public NamedTable timestamps(boolean enabled) {
        return new NamedTable(schema, name, renamedFrom, enabled, comment);
    }

    /**
     * This table with a comment in the database: plain text of at most 2048 characters (MySQL's limit), not empty;
     * checked when {@link #columns} finishes the table.
     */
    public NamedTable comment(String text) {
        Objects.requireNonNull(text, "a comment cannot be null; leave .comment(...) out for no comment");
        return new NamedTable(schema, name, renamedFrom, timestamps, text);
    }

    /** The table definition with these columns (plus {@code createdAt} / {@code updatedAt} unless turned off). */
    public TableDef columns(ColumnDef... columns) {
        if (name.contains(".")) {
            throw DefinitionError.table(
                    name,
                    "the table name \"" + name + "\" is not a valid name: a dot is no part of a name",
                    "to put the table in a schema, define the schema and the table in it:"
                            + " defineSchema(\"" + name.substring(0, name.indexOf('.')) + "\").defineTable(\""
                            + Names.local(name) + "\")");
        }
        return new TableDef(new TableSpec(
                Names.qualified(schema, name),
                TableResolver.previousName(schema, renamedFrom),
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
