package com.example.quickstart;

import static dev.storium.schema.ColumnType.*;
import static dev.storium.schema.FkAction.CASCADE;
import static dev.storium.schema.Schema.*;

import dev.storium.schema.TableDef;

/** The tables of a small blog: users and their posts. Storium finds them because they are public static fields. */
public final class BlogSchema {
    /** People who write posts. */
    public static final TableDef USERS = defineTable("users")
            .columns(
                    column("id", UUID).primaryKey().defaultRandomUuid(),
                    column("email", VARCHAR).maxLength(255).notNull(),
                    column("displayName", VARCHAR).maxLength(100))
            .indexes(index("email").unique());

    /** Posts; deleting a user deletes their posts. */
    public static final TableDef POSTS = defineTable("posts")
            .columns(
                    column("id", UUID).primaryKey().defaultRandomUuid(),
                    column("authorId", UUID).notNull().references(USERS, "id").onDelete(CASCADE),
                    column("title", VARCHAR).maxLength(200).notNull(),
                    column("body", TEXT),
                    column("status", VARCHAR).maxLength(20).notNull().defaultValue("draft"));

    private BlogSchema() {}
}
