package dev.storium.adopt;

import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.FkAction.CASCADE;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineEnum;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.index;
import static dev.storium.schema.Schema.unique;

import dev.storium.config.Dialect;
import dev.storium.schema.ColumnDef;
import dev.storium.schema.EnumDef;
import dev.storium.schema.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small blog as drizzle-kit generates it for each dialect, in two migrations: {@code users} (a serial key, a unique
 * email) and {@code posts} (a foreign key to users with ON DELETE cascade, an index, a status: an enum on PostgreSQL,
 * text elsewhere), then a {@code bio} column on users; and the same schema in Storium's DSL.
 */
final class BlogFixture {
    static final long FIRST = 1_717_000_000_000L;
    static final long SECOND = 1_717_000_100_000L;

    private BlogFixture() {}

    /** The SQL of the first migration, as drizzle-kit writes it for {@code dialect}. */
    static List<String> createStatements(Dialect dialect) {
        switch (dialect) {
            case POSTGRESQL:
                return List.of(
                        "CREATE TYPE \"public\".\"post_status\" AS ENUM('draft', 'published');",
                        "CREATE TABLE \"users\" (\n\t\"id\" serial PRIMARY KEY NOT NULL,\n\t\"email\" varchar(255) NOT"
                                + " NULL,\n\tCONSTRAINT \"users_email_unique\" UNIQUE(\"email\")\n);\n",
                        "CREATE TABLE \"posts\" (\n\t\"id\" serial PRIMARY KEY NOT NULL,\n\t\"author_id\" integer NOT"
                                + " NULL,\n\t\"title\" text NOT NULL,\n\t\"status\" \"post_status\" DEFAULT 'draft'"
                                + " NOT NULL\n);\n",
                        "ALTER TABLE \"posts\" ADD CONSTRAINT \"posts_author_id_users_id_fk\" FOREIGN KEY"
                                + " (\"author_id\") REFERENCES \"public\".\"users\"(\"id\") ON DELETE cascade ON"
                                + " UPDATE no action;",
                        "CREATE INDEX \"posts_author_idx\" ON \"posts\" USING btree (\"author_id\");");
            case MYSQL:
                return List.of(
                        "CREATE TABLE `users` (\n\t`id` int AUTO_INCREMENT NOT NULL,\n\t`email` varchar(255) NOT"
                                + " NULL,\n\tCONSTRAINT `users_id` PRIMARY KEY(`id`),\n\tCONSTRAINT"
                                + " `users_email_unique` UNIQUE(`email`)\n);\n",
                        "CREATE TABLE `posts` (\n\t`id` int AUTO_INCREMENT NOT NULL,\n\t`author_id` int NOT NULL,\n\t"
                                + "`title` text NOT NULL,\n\t`status` varchar(20) NOT NULL DEFAULT 'draft',\n\t"
                                + "CONSTRAINT `posts_id` PRIMARY KEY(`id`)\n);\n",
                        "ALTER TABLE `posts` ADD CONSTRAINT `posts_author_id_users_id_fk` FOREIGN KEY (`author_id`)"
                                + " REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;",
                        "CREATE INDEX `posts_author_idx` ON `posts` (`author_id`);");
            default:
                return List.of(
                        "CREATE TABLE `users` (\n\t`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,\n\t`email` text"
                                + " NOT NULL\n);\n",
                        "CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);",
                        "CREATE TABLE `posts` (\n\t`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,\n\t`author_id`"
                                + " integer NOT NULL,\n\t`title` text NOT NULL,\n\t`status` text DEFAULT 'draft' NOT"
                                + " NULL,\n\tFOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON"
                                + " DELETE cascade\n);\n",
                        "CREATE INDEX `posts_author_idx` ON `posts` (`author_id`);");
        }
    }

    /** The SQL of the second migration. */
    static List<String> bioStatements(Dialect dialect) {
        return List.of(
                dialect == Dialect.POSTGRESQL
                        ? "ALTER TABLE \"users\" ADD COLUMN \"bio\" text;"
                        : "ALTER TABLE `users` ADD `bio` text;");
    }

    /** drizzle-kit's tables after the first migration ({@code bio} false) or the second. */
    static Map<String, Object> tables(Dialect dialect, boolean bio) {
        boolean pg = dialect == Dialect.POSTGRESQL;
        boolean mysql = dialect == Dialect.MYSQL;
        String serialType = pg ? "serial" : mysql ? "int" : "integer";
        Map<String, Object> userColumns = new LinkedHashMap<>();
        userColumns.put("id", serial(dialect, serialType));
        userColumns.put("email", col("email", pg || mysql ? "varchar(255)" : "text", true, null));
        if (bio) {
            userColumns.put("bio", col("bio", "text", false, null));
        }
        Map<String, Object> users = table(dialect, "users", userColumns);
        Map<String, Object> uniqueEmail = map("name", "users_email_unique", "columns", List.of("email"));
        if (pg) {
            uniqueEmail.put("nullsNotDistinct", false);
        }
        if (dialect == Dialect.SQLITE) {
            indexes(users).put("users_email_unique", sqliteIndex("users_email_unique", "email", true));
        } else {
            users.put("uniqueConstraints", Map.of("users_email_unique", uniqueEmail));
        }
        Map<String, Object> postColumns = new LinkedHashMap<>();
        postColumns.put("id", serial(dialect, serialType));
        postColumns.put("author_id", col("author_id", pg ? "integer" : mysql ? "int" : "integer", true, null));
        postColumns.put("title", col("title", "text", true, null));
        Map<String, Object> status =
                col("status", pg ? "post_status" : mysql ? "varchar(20)" : "text", true, "'draft'");
        if (pg) {
            status.put("typeSchema", "public");
        }
        postColumns.put("status", status);
        Map<String, Object> posts = table(dialect, "posts", postColumns);
        indexes(posts)
                .put(
                        "posts_author_idx",
                        pg
                                ? map(
                                        "name",
                                        "posts_author_idx",
                                        "columns",
                                        List.of(map(
                                                "expression",
                                                "author_id",
                                                "isExpression",
                                                false,
                                                "asc",
                                                true,
                                                "nulls",
                                                "last")),
                                        "isUnique",
                                        false,
                                        "concurrently",
                                        false,
                                        "method",
                                        "btree",
                                        "with",
                                        Map.of())
                                : sqliteIndex("posts_author_idx", "author_id", false));
        Map<String, Object> fk = map(
                "name", "posts_author_id_users_id_fk",
                "tableFrom", "posts",
                "tableTo", "users",
                "columnsFrom", List.of("author_id"),
                "columnsTo", List.of("id"),
                "onDelete", "cascade",
                "onUpdate", "no action");
        if (pg) {
            fk.put("schemaTo", "public");
        }
        posts.put("foreignKeys", Map.of("posts_author_id_users_id_fk", fk));
        Map<String, Object> tables = new LinkedHashMap<>();
        tables.put(pg ? "public.users" : "users", users);
        tables.put(pg ? "public.posts" : "posts", posts);
        return tables;
    }

    /** PostgreSQL's enums of the snapshot. */
    static Map<String, Object> enums(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL
                ? Map.of(
                        "public.post_status",
                        map("name", "post_status", "schema", "public", "values", List.of("draft", "published")))
                : Map.of();
    }

    private static Map<String, Object> serial(Dialect dialect, String type) {
        Map<String, Object> column = col("id", type, true, null);
        if (dialect == Dialect.POSTGRESQL) {
            column.put("primaryKey", true);
        } else {
            column.put("primaryKey", dialect == Dialect.SQLITE);
            column.put("autoincrement", true);
        }
        return column;
    }

    private static Map<String, Object> table(Dialect dialect, String name, Map<String, Object> columns) {
        Map<String, Object> table = map("name", name, "columns", columns);
        table.put("indexes", new LinkedHashMap<String, Object>());
        table.put("foreignKeys", Map.of());
        table.put(
                "compositePrimaryKeys",
                dialect == Dialect.MYSQL
                        ? Map.of(name + "_id", map("name", name + "_id", "columns", List.of("id")))
                        : Map.of());
        table.put("uniqueConstraints", Map.of());
        if (dialect == Dialect.POSTGRESQL) {
            table.put("schema", "");
            table.put("policies", Map.of());
            table.put("checkConstraints", Map.of());
            table.put("isRLSEnabled", false);
        } else {
            table.put(dialect == Dialect.MYSQL ? "checkConstraint" : "checkConstraints", Map.of());
        }
        return table;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> indexes(Map<String, Object> table) {
        return (Map<String, Object>) table.get("indexes");
    }

    private static Map<String, Object> sqliteIndex(String name, String column, boolean unique) {
        return map("name", name, "columns", List.of(column), "isUnique", unique);
    }

    private static Map<String, Object> col(String name, String type, boolean notNull, String defaultValue) {
        Map<String, Object> column = map("name", name, "type", type, "primaryKey", false, "notNull", notNull);
        if (defaultValue != null) {
            column.put("default", defaultValue);
        }
        return column;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static final EnumDef POST_STATUS = defineEnum("post_status", "draft", "published");

    /** The same schema in Storium's DSL; {@code more} adds a column to posts (a change to generate). */
    static List<TableDef> schema(Dialect dialect, boolean more) {
        TableDef users = defineTable("users")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        dialect == Dialect.SQLITE
                                ? column("email", TEXT).notNull()
                                : column("email", VARCHAR).maxLength(255).notNull(),
                        column("bio", TEXT))
                .timestamps(false);
        // drizzle-kit writes a unique column as a unique index on SQLite, as a unique constraint elsewhere
        users = dialect == Dialect.SQLITE ? users.indexes(index("email").unique()) : users.uniques(unique("email"));
        List<ColumnDef> postColumns = new ArrayList<>(List.of(
                column("id", SERIAL).primaryKey(),
                column("authorId", INTEGER).notNull().references(users, "id").onDelete(CASCADE),
                column("title", TEXT).notNull(),
                dialect == Dialect.POSTGRESQL
                        ? column("status", POST_STATUS).notNull().defaultValue("draft")
                        : dialect == Dialect.MYSQL
                                ? column("status", VARCHAR)
                                        .maxLength(20)
                                        .notNull()
                                        .defaultValue("draft")
                                : column("status", TEXT).notNull().defaultValue("draft")));
        if (more) {
            postColumns.add(column("views", INTEGER).notNull().defaultValue(0));
        }
        TableDef posts = defineTable("posts")
                .columns(postColumns.toArray(new ColumnDef[0]))
                .indexes(index("authorId").name("posts_author_idx"))
                .timestamps(false);
        return List.of(users, posts);
    }
}
