package dev.storium.internal.sql;

import static dev.storium.schema.ColumnType.ARRAY;
import static dev.storium.schema.ColumnType.BIGINT;
import static dev.storium.schema.ColumnType.BOOLEAN;
import static dev.storium.schema.ColumnType.DATE;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.JSONB;
import static dev.storium.schema.ColumnType.NUMERIC;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.TIMESTAMP;
import static dev.storium.schema.ColumnType.UUID;
import static dev.storium.schema.ColumnType.VARCHAR;

import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.DefaultValue;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.schema.ColumnType;
import dev.storium.schema.FkAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Successive schema versions and the changes between them, built by hand from the model and change records (the
 * differ is tested on its own). Each step names every kind of change a renderer must handle.
 */
final class Steps {
    private Steps() {}

    /** One migration: the models before and after and the ordered changes between them. */
    record Step(String name, SchemaModel previous, SchemaModel next, List<SchemaChange> changes) {}

    static Column col(String name, ColumnType type) {
        return new Column(name, type, null, null, null, null, false, null, null);
    }

    static Column varchar(String name, Integer length) {
        return new Column(name, VARCHAR, length, null, null, null, false, null, null);
    }

    static Column numeric(String name, Integer precision, Integer scale) {
        return new Column(name, NUMERIC, null, precision, scale, null, false, null, null);
    }

    static Column array(String name, ColumnType items) {
        return new Column(name, ARRAY, null, null, null, items, false, null, null);
    }

    static Column notNull(Column c) {
        return new Column(
                c.name(), c.type(), c.length(), c.precision(), c.scale(), c.items(), true, c.defaultValue(), null);
    }

    static Column nullable(Column c) {
        return new Column(
                c.name(), c.type(), c.length(), c.precision(), c.scale(), c.items(), false, c.defaultValue(), null);
    }

    static Column withDefault(Column c, DefaultValue value) {
        return new Column(
                c.name(), c.type(), c.length(), c.precision(), c.scale(), c.items(), c.notNull(), value, null);
    }

    static Column retype(Column c, ColumnType type, Integer length) {
        return new Column(c.name(), type, length, null, null, null, c.notNull(), c.defaultValue(), null);
    }

    static Table table(
            String name,
            List<Column> columns,
            List<String> primaryKey,
            List<Index> indexes,
            List<ForeignKey> foreignKeys) {
        return new Table(name, columns, primaryKey, indexes, foreignKeys, null);
    }

    static SchemaModel model(Table... tables) {
        Map<String, Table> map = new LinkedHashMap<>();
        Arrays.stream(tables).forEach(t -> map.put(t.name(), t));
        return new SchemaModel(map);
    }

    static Column replace(List<Column> columns, String name, Column replacement, List<Column> out) {
        Column old =
                columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        for (Column c : columns) {
            out.add(c.name().equals(name) ? replacement : c);
        }
        return old;
    }

    // version 1 ---------------------------------------------------------------------------------------------
    static final Column USERS_ID = notNull(withDefault(col("id", UUID), DefaultValue.randomUuid()));
    static final Column USERS_EMAIL = notNull(varchar("email", 255));
    static final Column USERS_NAME = varchar("name", 100);
    static final Column USERS_CODE = varchar("code", 10);
    static final Column USERS_AGE = withDefault(col("age", INTEGER), DefaultValue.literal("0"));
    static final Index USERS_EMAIL_UNIQUE = new Index("users_email_unique", List.of("email"), true, null);
    static final Table USERS_1 = table(
            "users",
            List.of(USERS_ID, USERS_EMAIL, USERS_NAME, USERS_CODE, USERS_AGE),
            List.of("id"),
            List.of(USERS_EMAIL_UNIQUE),
            List.of());

    static final Column POSTS_ID = notNull(col("id", SERIAL));
    static final Column POSTS_AUTHOR = notNull(col("author_id", UUID));
    static final Column POSTS_TITLE = notNull(withDefault(col("title", TEXT), DefaultValue.literal("untitled")));
    static final Column POSTS_STATUS = withDefault(varchar("status", 20), DefaultValue.literal("draft"));
    static final ForeignKey POSTS_AUTHOR_FK =
            new ForeignKey("posts_author_id_fk", List.of("author_id"), "users", List.of("id"), FkAction.CASCADE, null);
    static final Index POSTS_AUTHOR_IDX = new Index("posts_author_id_idx", List.of("author_id"), false, null);
    static final Table POSTS_1 = table(
            "posts",
            List.of(POSTS_ID, POSTS_AUTHOR, POSTS_TITLE, POSTS_STATUS),
            List.of("id"),
            List.of(POSTS_AUTHOR_IDX),
            List.of(POSTS_AUTHOR_FK));

    static final Column MEMBER_USER = notNull(col("user_id", UUID));
    static final Column MEMBER_GROUP = notNull(col("group_id", INTEGER));
    static final Table MEMBERSHIPS_1 =
            table("memberships", List.of(MEMBER_USER, MEMBER_GROUP), List.of("user_id"), List.of(), List.of());

    static final SchemaModel V1 = model(USERS_1, POSTS_1, MEMBERSHIPS_1);

    static Step createTables() {
        return new Step(
                "create tables",
                SchemaModel.empty(),
                V1,
                List.of(
                        new SchemaChange.CreateTable(USERS_1),
                        new SchemaChange.CreateTable(POSTS_1),
                        new SchemaChange.CreateTable(MEMBERSHIPS_1),
                        new SchemaChange.CreateIndex("users", USERS_EMAIL_UNIQUE),
                        new SchemaChange.CreateIndex("posts", POSTS_AUTHOR_IDX)));
    }

    // version 2: add columns ------------------------------------------------------------------------------
    static final Column USERS_BIO = col("bio", TEXT);
    static final Column USERS_ACTIVE = notNull(withDefault(col("active", BOOLEAN), DefaultValue.literal("true")));
    static final Column USERS_JOINED = withDefault(col("joined", DATE), DefaultValue.now());
    static final Column USERS_SETTINGS = withDefault(col("settings", JSONB), DefaultValue.literal("{}"));
    static final Column USERS_TAGS = array("tags", TEXT);
    static final Column POSTS_SCORE = withDefault(numeric("score", 10, 2), DefaultValue.literal("1.5"));
    static final Column POSTS_CREATED = notNull(withDefault(col("created_at", TIMESTAMP), DefaultValue.now()));

    static final Table USERS_2 = with(USERS_1, USERS_BIO, USERS_ACTIVE, USERS_JOINED, USERS_SETTINGS, USERS_TAGS);
    static final Table POSTS_2 = with(POSTS_1, POSTS_SCORE, POSTS_CREATED);
    static final SchemaModel V2 = model(USERS_2, POSTS_2, MEMBERSHIPS_1);

    static Table with(Table t, Column... added) {
        List<Column> columns = new ArrayList<>(t.columns());
        columns.addAll(List.of(added));
        return new Table(t.name(), columns, t.primaryKey(), t.indexes(), t.foreignKeys(), null);
    }

    static Step addColumns() {
        return new Step(
                "add columns",
                V1,
                V2,
                List.of(
                        new SchemaChange.AddColumn("users", USERS_BIO),
                        new SchemaChange.AddColumn("users", USERS_ACTIVE),
                        new SchemaChange.AddColumn("users", USERS_JOINED),
                        new SchemaChange.AddColumn("users", USERS_SETTINGS),
                        new SchemaChange.AddColumn("users", USERS_TAGS),
                        new SchemaChange.AddColumn("posts", POSTS_SCORE),
                        new SchemaChange.AddColumn("posts", POSTS_CREATED)));
    }

    static Table change(Table t, Column replacement) {
        List<Column> columns = new ArrayList<>();
        replace(t.columns(), replacement.name(), replacement, columns);
        return new Table(t.name(), columns, t.primaryKey(), t.indexes(), t.foreignKeys(), null);
    }

    static Column old(Table t, String column) {
        return t.column(column).orElseThrow();
    }

    // version 3: alter columns (type, length, nullability, defaults) --------------------------------------
    static final Column USERS_NAME_3 = notNull(withDefault(varchar("name", 200), DefaultValue.literal("anon")));
    static final Column USERS_CODE_3 = col("code", INTEGER);
    static final Column USERS_AGE_3 = col("age", BIGINT);
    static final Column POSTS_TITLE_3 = notNull(col("title", TEXT));
    static final Column POSTS_STATUS_3 = notNull(POSTS_STATUS);
    static final Table USERS_3 = change(change(change(USERS_2, USERS_NAME_3), USERS_CODE_3), USERS_AGE_3);
    static final Table POSTS_3 = change(change(POSTS_2, POSTS_TITLE_3), POSTS_STATUS_3);
    static final SchemaModel V3 = model(USERS_3, POSTS_3, MEMBERSHIPS_1);

    static Step alterColumns() {
        return new Step(
                "alter columns",
                V2,
                V3,
                List.of(
                        new SchemaChange.AlterColumn("users", USERS_NAME, USERS_NAME_3, false),
                        new SchemaChange.AlterColumn("users", USERS_CODE, USERS_CODE_3, true),
                        new SchemaChange.AlterColumn("users", USERS_AGE, USERS_AGE_3, false),
                        new SchemaChange.AlterColumn("posts", POSTS_TITLE, POSTS_TITLE_3, false),
                        new SchemaChange.AlterColumn("posts", POSTS_STATUS, POSTS_STATUS_3, false)));
    }

    // version 4: renames, and a primary-key change on a renamed column -----------------------------------
    static final Table USERS_4 = renameColumn(USERS_3, "name", "full_name");
    static final Table ARTICLES_4 = new Table(
            "articles", POSTS_3.columns(), POSTS_3.primaryKey(), POSTS_3.indexes(), POSTS_3.foreignKeys(), null);
    static final Table MEMBERSHIPS_4 = new Table(
            "memberships",
            List.of(MEMBER_USER, notNull(col("team_id", INTEGER))),
            List.of("user_id", "team_id"),
            List.of(),
            List.of(),
            null);
    static final SchemaModel V4 = model(USERS_4, ARTICLES_4, MEMBERSHIPS_4);

    static Table renameColumn(Table t, String from, String to) {
        List<Column> columns = new ArrayList<>();
        for (Column c : t.columns()) {
            columns.add(c.name().equals(from) ? c.withName(to) : c);
        }
        return new Table(t.name(), columns, t.primaryKey(), t.indexes(), t.foreignKeys(), null);
    }

    static Step renames() {
        return new Step(
                "renames and primary key",
                V3,
                V4,
                List.of(
                        new SchemaChange.RenameTable("posts", "articles"),
                        new SchemaChange.RenameColumn("users", "name", "full_name"),
                        new SchemaChange.RenameColumn("memberships", "group_id", "team_id"),
                        new SchemaChange.AlterPrimaryKey(
                                "memberships", List.of("user_id"), List.of("user_id", "team_id"))));
    }

    // version 5: indexes and foreign keys -----------------------------------------------------------------
    static final Index ARTICLES_AUTHOR_STATUS =
            new Index("articles_author_status_idx", List.of("author_id", "status"), false, null);
    static final Index USERS_CODE_AGE_UNIQUE = new Index("users_code_age_unique", List.of("code", "age"), true, null);
    static final ForeignKey ARTICLES_AUTHOR_FK = new ForeignKey(
            "articles_author_id_fk", List.of("author_id"), "users", List.of("id"), FkAction.RESTRICT, FkAction.CASCADE);
    static final ForeignKey MEMBERSHIPS_USER_FK = new ForeignKey(
            "memberships_user_id_fk", List.of("user_id"), "users", List.of("id"), FkAction.CASCADE, null);
    static final Table USERS_5 = new Table(
            "users",
            USERS_4.columns(),
            USERS_4.primaryKey(),
            List.of(USERS_EMAIL_UNIQUE, USERS_CODE_AGE_UNIQUE),
            List.of(),
            null);
    static final Table ARTICLES_5 = new Table(
            "articles",
            ARTICLES_4.columns(),
            ARTICLES_4.primaryKey(),
            List.of(ARTICLES_AUTHOR_STATUS),
            List.of(ARTICLES_AUTHOR_FK),
            null);
    static final Table MEMBERSHIPS_5 = new Table(
            "memberships",
            MEMBERSHIPS_4.columns(),
            MEMBERSHIPS_4.primaryKey(),
            List.of(),
            List.of(MEMBERSHIPS_USER_FK),
            null);
    static final SchemaModel V5 = model(USERS_5, ARTICLES_5, MEMBERSHIPS_5);

    static Step indexesAndForeignKeys() {
        return new Step(
                "indexes and foreign keys",
                V4,
                V5,
                List.of(
                        new SchemaChange.DropForeignKey("articles", POSTS_AUTHOR_FK),
                        new SchemaChange.DropIndex("articles", POSTS_AUTHOR_IDX),
                        new SchemaChange.CreateIndex("articles", ARTICLES_AUTHOR_STATUS),
                        new SchemaChange.CreateIndex("users", USERS_CODE_AGE_UNIQUE),
                        new SchemaChange.AddForeignKey("articles", ARTICLES_AUTHOR_FK),
                        new SchemaChange.AddForeignKey("memberships", MEMBERSHIPS_USER_FK)));
    }

    // version 6: serial to integer, drops -----------------------------------------------------------------
    static final Column ARTICLES_ID_6 = notNull(col("id", INTEGER));
    static final Table USERS_6 = dropColumns(USERS_5, "bio", "email");
    static final Table ARTICLES_6 = change(ARTICLES_5, ARTICLES_ID_6);
    static final SchemaModel V6 = model(USERS_6, ARTICLES_6);

    static Table dropColumns(Table t, String... names) {
        List<String> dropped = List.of(names);
        List<Column> columns = new ArrayList<>();
        t.columns().stream().filter(c -> !dropped.contains(c.name())).forEach(columns::add);
        List<Index> indexes = new ArrayList<>();
        t.indexes().stream()
                .filter(i -> i.columns().stream().noneMatch(dropped::contains))
                .forEach(indexes::add);
        return new Table(t.name(), columns, t.primaryKey(), indexes, t.foreignKeys(), null);
    }

    static Step serialToIntegerAndDrops() {
        return new Step(
                "serial to integer and drops",
                V5,
                V6,
                List.of(
                        new SchemaChange.DropForeignKey("memberships", MEMBERSHIPS_USER_FK),
                        new SchemaChange.DropIndex("users", USERS_EMAIL_UNIQUE),
                        new SchemaChange.AlterColumn("articles", POSTS_ID, ARTICLES_ID_6, false),
                        new SchemaChange.DropColumn("users", USERS_BIO),
                        new SchemaChange.DropColumn("users", USERS_EMAIL),
                        new SchemaChange.DropTable(MEMBERSHIPS_5)));
    }

    // version 7: integer back to serial on a table with rows -------------------------------------------------
    static final Table ARTICLES_7 = change(ARTICLES_6, POSTS_ID);
    static final SchemaModel V7 = model(USERS_6, ARTICLES_7);

    static Step integerToSerial() {
        return new Step(
                "integer to serial",
                V6,
                V7,
                List.of(new SchemaChange.AlterColumn("articles", ARTICLES_ID_6, POSTS_ID, false)));
    }

    static List<Step> all() {
        return List.of(
                createTables(),
                addColumns(),
                alterColumns(),
                renames(),
                indexesAndForeignKeys(),
                serialToIntegerAndDrops(),
                integerToSerial());
    }
}
