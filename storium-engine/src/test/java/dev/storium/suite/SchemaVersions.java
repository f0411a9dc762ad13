package dev.storium.suite;

import static dev.storium.schema.ColumnType.BIGINT;
import static dev.storium.schema.ColumnType.BINARY;
import static dev.storium.schema.ColumnType.CHAR;
import static dev.storium.schema.ColumnType.DATE;
import static dev.storium.schema.ColumnType.DATETIME;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.NUMERIC;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.SMALLINT;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.TIME;
import static dev.storium.schema.ColumnType.UUID;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.FkAction.CASCADE;
import static dev.storium.schema.FkAction.RESTRICT;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.index;

import dev.storium.schema.TableDef;
import java.util.List;

/**
 * Twelve successive versions of one application's schema; each step from one to the next exercises changes of
 * issue 2's list (create, add, rename by hint, type/length/precision/nullability/default changes, indexes, composite
 * keys, foreign keys, drops).
 */
final class SchemaVersions {
    private SchemaVersions() {}

    static TableDef users1() {
        return defineTable("users")
                .columns(
                        column("id", UUID).primaryKey().defaultRandomUuid(),
                        column("email", VARCHAR).maxLength(255).notNull(),
                        column("name", VARCHAR).maxLength(100));
    }

    /** v1: one table with automatic timestamps. */
    static List<TableDef> v1() {
        return List.of(users1());
    }

    /** v2: a child table with a cascading foreign key, and a unique index on the parent. */
    static List<TableDef> v2() {
        TableDef users = users1().indexes(index("email").unique());
        TableDef posts = defineTable("posts")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("authorId", UUID)
                                .notNull()
                                .references(users, "id")
                                .onDelete(CASCADE),
                        column("title", VARCHAR).maxLength(200).notNull(),
                        column("body", TEXT))
                .timestamps(false);
        return List.of(users, posts);
    }

    /** v3: nullable columns and a NOT NULL column with a default added to tables that hold rows. */
    static List<TableDef> v3() {
        TableDef users = defineTable("users")
                .columns(
                        column("id", UUID).primaryKey().defaultRandomUuid(),
                        column("email", VARCHAR).maxLength(255).notNull(),
                        column("name", VARCHAR).maxLength(100),
                        column("bio", TEXT),
                        column("age", INTEGER))
                .indexes(index("email").unique());
        return List.of(users, posts3(users, "posts", null, 200));
    }

    static TableDef posts3(TableDef users, String name, String renamedFrom, int titleLength) {
        TableDef posts = defineTable(name)
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("authorId", UUID)
                                .notNull()
                                .references(users, "id")
                                .onDelete(CASCADE),
                        column("title", VARCHAR).maxLength(titleLength).notNull(),
                        column("body", TEXT),
                        column("status", VARCHAR).maxLength(20).notNull().defaultValue("draft"))
                .timestamps(false);
        return renamedFrom == null ? posts : posts.renamedFrom(renamedFrom);
    }

    /** v4: a column renamed and a table renamed, both by hint. */
    static List<TableDef> v4() {
        TableDef users = users4(INTEGER, false, null);
        return List.of(users, posts3(users, "articles", "posts", 200));
    }

    static TableDef users4(dev.storium.schema.ColumnType ageType, boolean nameNotNull, int[] balance) {
        var fullName = column("fullName", VARCHAR).maxLength(100).renamedFrom("name");
        if (nameNotNull) {
            fullName = fullName.notNull();
        }
        var columns = new java.util.ArrayList<>(List.of(
                column("id", UUID).primaryKey().defaultRandomUuid(),
                column("email", VARCHAR).maxLength(255).notNull(),
                fullName,
                column("bio", TEXT),
                column("age", ageType)));
        if (balance != null) {
            columns.add(column("balance", NUMERIC)
                    .precision(balance[0], balance[1])
                    .notNull()
                    .defaultValue(0));
        }
        return defineTable("users")
                .columns(columns.toArray(new dev.storium.schema.ColumnDef[0]))
                .indexes(index("email").unique());
    }

    /** v5: a type widened (integer to bigint) on the parent table, a length widened, a numeric column added. */
    static List<TableDef> v5() {
        TableDef users = users4(BIGINT, false, new int[] {10, 2});
        return List.of(users, posts3(users, "articles", null, 300));
    }

    static TableDef articles6(TableDef users, String statusDefault, boolean cascade) {
        return defineTable("articles")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("authorId", UUID)
                                .notNull()
                                .references(users, "id")
                                .onDelete(cascade ? CASCADE : RESTRICT),
                        column("title", VARCHAR).maxLength(300).notNull(),
                        column("body", TEXT),
                        column("status", VARCHAR).maxLength(20).notNull().defaultValue(statusDefault))
                .timestamps(false);
    }

    /** v6: precision widened, a column made NOT NULL, a default changed. */
    static List<TableDef> v6() {
        TableDef users = users4(BIGINT, true, new int[] {14, 4});
        return List.of(users, articles6(users, "new", true));
    }

    /** v7: a multi-column index and a named unique index added. */
    static List<TableDef> v7() {
        TableDef users = users4(BIGINT, true, new int[] {14, 4});
        TableDef articles = articles6(users, "new", true)
                .indexes(index("authorId", "status"), index("title").unique().name("articles_title_key"));
        return List.of(users, articles);
    }

    static TableDef tags(TableDef articles, boolean weighted) {
        var columns = new java.util.ArrayList<>(List.of(
                column("articleId", INTEGER)
                        .notNull()
                        .references(articles, "id")
                        .onDelete(CASCADE),
                column("tag", VARCHAR).maxLength(50).notNull()));
        if (weighted) {
            columns.add(column("weight", INTEGER).notNull().defaultValue(1));
        }
        TableDef tags = defineTable("tags")
                .columns(columns.toArray(new dev.storium.schema.ColumnDef[0]))
                .timestamps(false);
        return weighted ? tags.primaryKey("articleId", "tag", "weight") : tags.primaryKey("articleId", "tag");
    }

    /** v8: a table with a composite primary key, child of a child. */
    static List<TableDef> v8() {
        List<TableDef> v7 = v7();
        return List.of(v7.get(0), v7.get(1), tags(v7.get(1), false));
    }

    /** v9: a foreign key's delete action changed (drop and add). */
    static List<TableDef> v9() {
        TableDef users = users4(BIGINT, true, new int[] {14, 4});
        TableDef articles = articles6(users, "new", false)
                .indexes(index("authorId", "status"), index("title").unique().name("articles_title_key"));
        return List.of(users, articles, tags(articles, false));
    }

    static TableDef users10() {
        return users10(BIGINT);
    }

    static TableDef users10(dev.storium.schema.ColumnType ageType) {
        return users10(ageType, false);
    }

    static TableDef users10(dev.storium.schema.ColumnType ageType, boolean avatar) {
        return users10(ageType, avatar, null);
    }

    static TableDef users10(dev.storium.schema.ColumnType ageType, boolean avatar, dev.storium.schema.ColumnType born) {
        return users10(ageType, avatar, born, null);
    }

    static TableDef users10(
            dev.storium.schema.ColumnType ageType,
            boolean avatar,
            dev.storium.schema.ColumnType born,
            dev.storium.schema.ColumnType opens) {
        return users10(ageType, avatar, born, opens, null);
    }

    static TableDef users10(
            dev.storium.schema.ColumnType ageType,
            boolean avatar,
            dev.storium.schema.ColumnType born,
            dev.storium.schema.ColumnType opens,
            dev.storium.schema.ColumnDef code) {
        List<dev.storium.schema.ColumnDef> columns = new java.util.ArrayList<>(List.of(
                column("id", UUID).primaryKey().defaultRandomUuid(),
                column("email", VARCHAR).maxLength(255).notNull(),
                column("fullName", VARCHAR).maxLength(100).notNull(),
                column("age", ageType),
                column("balance", NUMERIC).precision(14, 4).notNull().defaultValue(0)));
        if (avatar) {
            columns.add(column("avatar", BINARY));
        }
        if (born != null) {
            columns.add(column("bornOn", born));
        }
        if (opens != null) {
            columns.add(column("opensAt", opens));
        }
        if (code != null) {
            columns.add(code);
        }
        return defineTable("users")
                .columns(columns.toArray(new dev.storium.schema.ColumnDef[0]))
                .indexes(index("email").unique());
    }

    /** v10: a column dropped (data loss allowed) and a unique index dropped. */
    static List<TableDef> v10() {
        TableDef users = users10();
        TableDef articles = articles6(users, "new", false).indexes(index("authorId", "status"));
        return List.of(users, articles, tags(articles, false));
    }

    /** v11: a column added to a composite primary key. */
    static List<TableDef> v11() {
        TableDef users = users10();
        TableDef articles = articles6(users, "new", false).indexes(index("authorId", "status"));
        return List.of(users, articles, tags(articles, true));
    }

    /** v12: a table dropped and a length narrowed (data loss allowed). */
    static List<TableDef> v12() {
        return v12(BIGINT);
    }

    /** v13: v12 with the age narrowed from bigint to smallint (data loss allowed). */
    static List<TableDef> v13() {
        return v12(SMALLINT);
    }

    /** v14: v12 with the age widened from smallint to integer. */
    static List<TableDef> v14() {
        return v12(INTEGER);
    }

    /** v15: a binary column added to a table with rows. */
    static List<TableDef> v15() {
        return v12(INTEGER, true);
    }

    /** v16: another column of that table widened (SQLite rebuilds it, copying the bytes). */
    static List<TableDef> v16() {
        return v12(BIGINT, true);
    }

    /** v17: a date column added to a table with rows. */
    static List<TableDef> v17() {
        return v12(BIGINT, true, DATE);
    }

    /** v18: that date widened to a date and time without a time zone. */
    static List<TableDef> v18() {
        return v12(BIGINT, true, DATETIME);
    }

    /** v19: a text column added to a table with rows. */
    static List<TableDef> v19() {
        return v12(BIGINT, true, DATETIME, TEXT);
    }

    /** v20: that text narrowed to a time of day (data loss allowed). */
    static List<TableDef> v20() {
        return v12(BIGINT, true, DATETIME, TIME);
    }

    /** v21: the time of day widened back to text. */
    static List<TableDef> v21() {
        return v12(BIGINT, true, DATETIME, TEXT);
    }

    /** v22: a varchar column added to a table with rows. */
    static List<TableDef> v22() {
        return v12(BIGINT, true, DATETIME, TEXT, column("code", VARCHAR).maxLength(10));
    }

    /** v23: that varchar narrowed to a char(3) (data loss allowed). */
    static List<TableDef> v23() {
        return v12(BIGINT, true, DATETIME, TEXT, column("code", CHAR).length(3));
    }

    /** v24: the char lengthened to char(5). */
    static List<TableDef> v24() {
        return v12(BIGINT, true, DATETIME, TEXT, column("code", CHAR).length(5));
    }

    /** v25: the char widened back to a varchar. */
    static List<TableDef> v25() {
        return v12(BIGINT, true, DATETIME, TEXT, column("code", VARCHAR).maxLength(10));
    }

    /** A comment with quotes, backslashes, a line break, a tab and non-ASCII, which every dialect must keep. */
    static final String TRICKY_COMMENT =
            "Where we write to: O'Brien's \"inbox\", C:\\temp\\' -- no SQL\nsecond line\tet é ü 中文 \\";

    /** v26: v25 with a table comment and column comments added. */
    static List<TableDef> v26() {
        return commented(1);
    }

    /** v27: the comments changed. */
    static List<TableDef> v27() {
        return commented(2);
    }

    /** v28: a commented column renamed, and a commented column's type widened with its comment kept. */
    static List<TableDef> v28() {
        return commented(3);
    }

    /** v29: every comment dropped. */
    static List<TableDef> v29() {
        return commented(4);
    }

    /** The schema of v25 with the comments of a stage (1 added, 2 changed, 3 rename and widen, 4 dropped). */
    private static List<TableDef> commented(int stage) {
        boolean comments = stage < 4;
        dev.storium.schema.ColumnDef email =
                column("email", VARCHAR).maxLength(255).notNull();
        dev.storium.schema.ColumnDef fullName =
                column("fullName", VARCHAR).maxLength(100).notNull();
        if (stage >= 3) {
            fullName = column("displayName", VARCHAR).maxLength(100).notNull();
        }
        if (stage == 3) {
            fullName = fullName.renamedFrom("full_name");
        }
        if (comments) {
            email = email.comment(stage == 1 ? TRICKY_COMMENT : "Where we write to");
            fullName = fullName.comment("Shown to others");
        }
        TableDef users = defineTable("users")
                .columns(
                        column("id", UUID).primaryKey().defaultRandomUuid(),
                        email,
                        fullName,
                        column("age", BIGINT),
                        column("balance", NUMERIC).precision(14, 4).notNull().defaultValue(0),
                        column("avatar", BINARY),
                        column("bornOn", DATETIME),
                        column("opensAt", TEXT),
                        column("code", VARCHAR).maxLength(10))
                .indexes(index("email").unique());
        if (comments) {
            users = users.comment(stage == 1 ? "People who sign in" : "People who sign in, and those who did");
        }
        dev.storium.schema.ColumnDef title =
                column("title", VARCHAR).maxLength(stage >= 3 ? 300 : 250).notNull();
        TableDef articles = defineTable("articles")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("authorId", UUID)
                                .notNull()
                                .references(users, "id")
                                .onDelete(RESTRICT),
                        comments ? title.comment("The headline") : title,
                        column("body", TEXT),
                        column("status", VARCHAR).maxLength(20).notNull().defaultValue("new"))
                .timestamps(false)
                .indexes(index("authorId", "status"));
        return List.of(users, articles);
    }

    private static List<TableDef> v12(dev.storium.schema.ColumnType ageType) {
        return v12(ageType, false);
    }

    private static List<TableDef> v12(dev.storium.schema.ColumnType ageType, boolean avatar) {
        return v12(ageType, avatar, null);
    }

    private static List<TableDef> v12(
            dev.storium.schema.ColumnType ageType, boolean avatar, dev.storium.schema.ColumnType born) {
        return v12(ageType, avatar, born, null);
    }

    private static List<TableDef> v12(
            dev.storium.schema.ColumnType ageType,
            boolean avatar,
            dev.storium.schema.ColumnType born,
            dev.storium.schema.ColumnType opens) {
        return v12(ageType, avatar, born, opens, null);
    }

    private static List<TableDef> v12(
            dev.storium.schema.ColumnType ageType,
            boolean avatar,
            dev.storium.schema.ColumnType born,
            dev.storium.schema.ColumnType opens,
            dev.storium.schema.ColumnDef code) {
        TableDef users = users10(ageType, avatar, born, opens, code);
        TableDef articles = defineTable("articles")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("authorId", UUID)
                                .notNull()
                                .references(users, "id")
                                .onDelete(RESTRICT),
                        column("title", VARCHAR).maxLength(250).notNull(),
                        column("body", TEXT),
                        column("status", VARCHAR).maxLength(20).notNull().defaultValue("new"))
                .timestamps(false)
                .indexes(index("authorId", "status"));
        return List.of(users, articles);
    }
}
