package com.example.db;

import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.index;

import dev.storium.schema.TableDef;

public final class AppSchema {
    private AppSchema() {}

    public static final TableDef USERS = defineTable("users")
            .columns(
                    column("id", SERIAL).primaryKey(),
                    column("email", VARCHAR).maxLength(255).required(),
                    column("name", VARCHAR).maxLength(100))
            .indexes(index("email").unique());

    public static final TableDef POSTS = defineTable("posts")
            .columns(
                    column("id", SERIAL).primaryKey(),
                    column("title", VARCHAR).maxLength(200).required(),
                    column("authorId", INTEGER).notNull().references(USERS, "id"));
}
