package com.example.db;

import static dev.storium.schema.ColumnType.*;
import static dev.storium.schema.Schema.*;

import dev.storium.schema.TableDef;

/** The merged code: the feature branch added users.bio, the main branch added the tags table. */
public final class AppSchema {
    public static final TableDef USERS = defineTable("users")
            .columns(
                    column("id", UUID).primaryKey(),
                    column("email", VARCHAR).maxLength(255).notNull(),
                    column("bio", TEXT))
            .timestamps(false);

    public static final TableDef TAGS = defineTable("tags")
            .columns(column("id", INTEGER).primaryKey(), column("label", VARCHAR).maxLength(40).notNull())
            .timestamps(false);

    private AppSchema() {}
}
