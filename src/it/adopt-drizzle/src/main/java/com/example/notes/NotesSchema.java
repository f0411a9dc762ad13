package com.example.notes;

import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.index;

import dev.storium.schema.TableDef;

/** The notes table drizzle-kit generated the folder for, now in Storium's DSL. */
public final class NotesSchema {
    public static final TableDef NOTES = defineTable("notes")
            .columns(column("id", SERIAL).primaryKey(), column("title", TEXT).notNull(), column("body", TEXT))
            .indexes(index("title").name("notes_title_idx"))
            .timestamps(false);

    private NotesSchema() {}
}
