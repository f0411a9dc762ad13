package dev.storium.schema;

import static dev.storium.schema.ColumnType.ARRAY;
import static dev.storium.schema.ColumnType.BOOLEAN;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.NUMERIC;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.UUID;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.FkAction.CASCADE;
import static dev.storium.schema.FkAction.NO_ACTION;
import static dev.storium.schema.FkAction.SET_NULL;
import static dev.storium.schema.Schema.access;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.index;

/** Table definitions the schema tests share, written as users write them. */
public final class Tables {
    private Tables() {}

    public static final TableDef USERS = defineTable("users")
            .columns(
                    column("id", UUID).primaryKey().defaultRandomUuid(),
                    column("email", VARCHAR).maxLength(255).notNull().required(),
                    column("fullName", VARCHAR).maxLength(255).renamedFrom("name"),
                    column("score", NUMERIC).precision(10, 2).defaultValue(0),
                    column("tags", ARRAY).items(TEXT),
                    column("bio", TEXT).hidden(),
                    column("slug", VARCHAR).dbName("url_slug").readonly(),
                    column("active", BOOLEAN).notNull().defaultValue(true))
            .indexes(
                    index("email").unique(),
                    index("fullName", "score").name("users_name_score"),
                    index("score").where("score > 0"))
            .timestamps(false);

    public static final TableDef POSTS = defineTable("posts")
            .renamedFrom("articles")
            .columns(
                    column("id", SERIAL).primaryKey(),
                    column("authorId", UUID)
                            .notNull()
                            .references(USERS, "id")
                            .onDelete(CASCADE)
                            .onUpdate(NO_ACTION),
                    column("title", VARCHAR).notNull().defaultValue("untitled"),
                    column("body", TEXT)
                            .transform(v -> v == null ? null : v.toString().trim()),
                    column("editorEmail", VARCHAR)
                            .maxLength(255)
                            .references(USERS, "email")
                            .onDelete(SET_NULL),
                    column("parentId", INTEGER).references("posts", "id"))
            .access(access().hidden("body").readonly("title"));

    public static final TableDef MEMBERSHIPS = defineTable("memberships")
            .columns(column("userId", UUID), column("groupId", INTEGER), column("role", VARCHAR))
            .primaryKey("userId", "groupId")
            .timestamps(false);
}
