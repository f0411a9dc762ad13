package dev.storium.internal.catalog;

import static dev.storium.schema.ColumnType.BIGINT;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.UUID;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.internal.diff.Differ;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.internal.sql.ScriptExecutor;
import dev.storium.internal.sql.SqlRenderer;
import dev.storium.schema.ColumnDef;
import dev.storium.schema.TableDef;
import dev.storium.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Comments on tables and columns, step by step on every dialect: each step's SQL executed on the real database with a
 * row in the table, then the catalog read back (alone, and aligned to the code) equal to the code. SQLite keeps no
 * comments: its catalog reads none, and aligned to the code it takes the code's, so it never drifts.
 */
class CommentsTest {
    private static final TestDatabases DATABASES = TestDatabases.forPurpose("comments");
    private static final Set<String> HISTORY = Set.of(StoriumConfig.DEFAULT_MIGRATIONS_TABLE);

    /** Quotes, a backslash before a quote and at the end, a line break, a tab, non-ASCII and SQL-looking text. */
    static final String TRICKY = "Where we write to: O'Brien's \"inbox\", C:\\temp\\' -- not SQL; /* nor this */\n"
            + "second line\twith a tab, é ü ß 中文 \u20ac, 100% \\";

    @AfterEach
    void reset() {
        for (Dialect dialect : Dialect.values()) {
            DATABASES.reset(dialect);
        }
    }

    @AfterAll
    static void dropDatabases() {
        DATABASES.close();
    }

    static TableDef users(String tableComment, ColumnDef email, ColumnDef name, ColumnDef age) {
        List<ColumnDef> columns = new ArrayList<>(List.of(column("id", UUID).primaryKey(), email, name));
        if (age != null) {
            columns.add(age);
        }
        TableDef users = defineTable("users").timestamps(false).columns(columns.toArray(new ColumnDef[0]));
        return tableComment == null ? users : users.comment(tableComment);
    }

    /** The successive versions, by step name. */
    static Map<String, List<TableDef>> versions() {
        Map<String, List<TableDef>> versions = new LinkedHashMap<>();
        versions.put(
                "no comments",
                List.of(users(
                        null,
                        column("email", VARCHAR).maxLength(255).notNull(),
                        column("name", VARCHAR).maxLength(100),
                        null)));
        versions.put(
                "comment the table and two columns",
                List.of(users(
                        "People who sign in",
                        column("email", VARCHAR).maxLength(255).notNull().comment(TRICKY),
                        column("name", VARCHAR)
                                .maxLength(100)
                                .defaultValue("anon")
                                .comment("Shown to others"),
                        null)));
        versions.put(
                "change the comments, add a commented column, create a commented table",
                List.of(
                        users(
                                "People who sign in, and those who did",
                                column("email", VARCHAR)
                                        .maxLength(255)
                                        .notNull()
                                        .comment("Where we write to"),
                                column("name", VARCHAR)
                                        .maxLength(100)
                                        .defaultValue("anon")
                                        .comment("Shown to others"),
                                column("age", INTEGER).comment("In years")),
                        defineTable("notes")
                                .comment("Scribbles")
                                .timestamps(false)
                                .columns(
                                        column("id", SERIAL).primaryKey().comment("Numbered"),
                                        column("body", VARCHAR))));
        versions.put(
                "rename a commented column and table, alter commented columns, one of them re-commented",
                List.of(
                        users(
                                "People who sign in, and those who did",
                                column("email", VARCHAR)
                                        .maxLength(320)
                                        .notNull()
                                        .comment("Where we write to"),
                                column("fullName", VARCHAR)
                                        .maxLength(100)
                                        .defaultValue("anon")
                                        .renamedFrom("name")
                                        .comment("Shown to others"),
                                column("age", BIGINT).defaultValue(0).comment("In whole years")),
                        defineTable("memos")
                                .renamedFrom("notes")
                                .comment("Scribbles")
                                .timestamps(false)
                                .columns(
                                        column("id", SERIAL).primaryKey().comment("Numbered"),
                                        column("body", VARCHAR))));
        versions.put(
                "drop every comment",
                List.of(
                        users(
                                null,
                                column("email", VARCHAR).maxLength(320).notNull(),
                                column("fullName", VARCHAR).maxLength(100).defaultValue("anon"),
                                column("age", BIGINT).defaultValue(0)),
                        defineTable("memos")
                                .timestamps(false)
                                .columns(column("id", SERIAL).primaryKey(), column("body", VARCHAR))));
        return versions;
    }

    /** The SQL of each step, rendered from the previous version to the next, statements one per line. */
    static List<String> steps(Dialect dialect) {
        List<String> steps = new ArrayList<>();
        SchemaModel previous = SchemaModel.empty();
        for (List<TableDef> version : versions().values()) {
            SchemaModel next = Models.fromDefinitions(version);
            List<SchemaChange> changes = Differ.diff(previous, next);
            steps.add(String.join("\n", SqlRenderer.of(dialect).render(changes, previous, next)));
            previous = next;
        }
        return steps;
    }

    @Test
    void postgresqlCommentsOnTheirOwn() {
        assertThat(steps(Dialect.POSTGRESQL).subList(1, 5)).containsExactly("""
                        ALTER TABLE "users" ALTER COLUMN "name" SET DEFAULT 'anon'
                        COMMENT ON TABLE "users" IS 'People who sign in'
                        COMMENT ON COLUMN "users"."email" IS 'Where we write to: O''Brien''s "inbox", C:\\temp\\'' -- not SQL; /* nor this */
                        second line\twith a tab, é ü ß 中文 €, 100% \\'
                        COMMENT ON COLUMN "users"."name" IS 'Shown to others'""", """
                        CREATE TABLE "notes" (
                          "id" integer GENERATED BY DEFAULT AS IDENTITY NOT NULL,
                          "body" varchar,
                          CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
                        )
                        COMMENT ON TABLE "notes" IS 'Scribbles'
                        COMMENT ON COLUMN "notes"."id" IS 'Numbered'
                        ALTER TABLE "users" ADD COLUMN "age" integer
                        COMMENT ON COLUMN "users"."age" IS 'In years'
                        COMMENT ON TABLE "users" IS 'People who sign in, and those who did'
                        COMMENT ON COLUMN "users"."email" IS 'Where we write to'""", """
                        ALTER TABLE "notes" RENAME TO "memos"
                        ALTER TABLE "memos" RENAME CONSTRAINT "notes_pkey" TO "memos_pkey"
                        ALTER TABLE "users" RENAME COLUMN "name" TO "full_name"
                        ALTER TABLE "users" ALTER COLUMN "email" SET DATA TYPE varchar(320) USING "email"::varchar(320)
                        ALTER TABLE "users" ALTER COLUMN "age" SET DATA TYPE bigint USING "age"::bigint
                        ALTER TABLE "users" ALTER COLUMN "age" SET DEFAULT 0
                        COMMENT ON COLUMN "users"."age" IS 'In whole years'""", """
                        COMMENT ON TABLE "memos" IS NULL
                        COMMENT ON COLUMN "memos"."id" IS NULL
                        COMMENT ON TABLE "users" IS NULL
                        COMMENT ON COLUMN "users"."email" IS NULL
                        COMMENT ON COLUMN "users"."full_name" IS NULL
                        COMMENT ON COLUMN "users"."age" IS NULL""");
    }

    @Test
    void h2CommentsAsPostgresqlDoes() {
        for (int step = 0; step < versions().size(); step++) {
            assertThat(commentLines(steps(Dialect.MEMORY).get(step)))
                    .as("step " + step)
                    .isEqualTo(commentLines(steps(Dialect.POSTGRESQL).get(step)));
        }
    }

    private static List<String> commentLines(String sql) {
        return sql.lines().filter(line -> line.startsWith("COMMENT ON")).toList();
    }

    /**
     * MySQL: comments inline in CREATE TABLE and ADD COLUMN; a column commented by restating it whole with MODIFY
     * COLUMN, once when it is also altered; every MODIFY restates the comment, or the column would lose it; backslashes
     * doubled.
     */
    @Test
    void mysqlRestatesTheColumnWithItsComment() {
        assertThat(steps(Dialect.MYSQL).subList(1, 5)).containsExactly("""
                        ALTER TABLE `users` MODIFY COLUMN `name` varchar(100) DEFAULT 'anon' COMMENT 'Shown to others'
                        ALTER TABLE `users` COMMENT = 'People who sign in'
                        ALTER TABLE `users` MODIFY COLUMN `email` varchar(255) NOT NULL COMMENT 'Where we write to: O''Brien''s "inbox", C:\\\\temp\\\\'' -- not SQL; /* nor this */
                        second line\twith a tab, é ü ß 中文 €, 100% \\\\'""", """
                        CREATE TABLE `notes` (
                          `id` int NOT NULL AUTO_INCREMENT COMMENT 'Numbered',
                          `body` varchar(255),
                          PRIMARY KEY (`id`)
                        ) COMMENT='Scribbles'
                        ALTER TABLE `users` ADD COLUMN `age` int COMMENT 'In years'
                        ALTER TABLE `users` COMMENT = 'People who sign in, and those who did'
                        ALTER TABLE `users` MODIFY COLUMN `email` varchar(255) NOT NULL COMMENT 'Where we write to'""", """
                        RENAME TABLE `notes` TO `memos`
                        ALTER TABLE `users` RENAME COLUMN `name` TO `full_name`
                        ALTER TABLE `users` MODIFY COLUMN `email` varchar(320) NOT NULL COMMENT 'Where we write to'
                        ALTER TABLE `users` MODIFY COLUMN `age` bigint DEFAULT 0 COMMENT 'In whole years'""", """
                        ALTER TABLE `memos` COMMENT = ''
                        ALTER TABLE `memos` MODIFY COLUMN `id` int NOT NULL AUTO_INCREMENT
                        ALTER TABLE `users` COMMENT = ''
                        ALTER TABLE `users` MODIFY COLUMN `email` varchar(320) NOT NULL
                        ALTER TABLE `users` MODIFY COLUMN `full_name` varchar(100) DEFAULT 'anon'
                        ALTER TABLE `users` MODIFY COLUMN `age` bigint DEFAULT 0""");
    }

    @Test
    void sqliteWritesNoComment() {
        List<String> steps = steps(Dialect.SQLITE);
        assertThat(steps).noneMatch(sql -> sql.contains("COMMENT"));
        assertThat(steps.get(4)).as("dropping every comment").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void everyStepRunsAndTheCatalogReadsTheCommentsBack(Dialect dialect) throws Exception {
        SchemaModel previous = SchemaModel.empty();
        try (Connection connection = DATABASES.connect(dialect)) {
            int step = 0;
            for (Map.Entry<String, List<TableDef>> version : versions().entrySet()) {
                SchemaModel next = Models.fromDefinitions(version.getValue());
                List<SchemaChange> changes = Differ.diff(previous, next);
                assertThat(changes).as(version.getKey()).noneMatch(SchemaChange::losesData);
                List<String> statements = SqlRenderer.of(dialect).render(changes, previous, next);
                new ScriptExecutor(dialect).execute(connection, version.getKey(), statements);
                if (step == 0) {
                    execute(
                            connection,
                            "insert into " + q(dialect, "users") + " (" + q(dialect, "id") + ", " + q(dialect, "email")
                                    + ", "
                                    + q(dialect, "name") + ") values"
                                    + " ('6f1d6d6e-0000-4000-8000-000000000001', 'ada@example.com', 'Ada')");
                }
                assertThat(count(connection, dialect))
                        .as(version.getKey() + ": the row kept")
                        .isEqualTo(1);

                SchemaModel live = LiveSchema.read(connection, dialect, HISTORY, next);
                assertThat(Differ.diff(live, next)).as(version.getKey()).isEmpty();
                SchemaModel alone = LiveSchema.read(connection, dialect, HISTORY);
                assertThat(comments(alone))
                        .as(version.getKey() + ": the comments the catalog alone reads")
                        .isEqualTo(dialect == Dialect.SQLITE ? comments(withoutComments(next)) : comments(next));
                previous = next;
                step++;
            }
        }
    }

    /** Every table's and column's comment, as {@code table: comment} and {@code table.column: comment}. */
    private static List<String> comments(SchemaModel model) {
        List<String> comments = new ArrayList<>();
        for (Table table : model.tables().values()) {
            comments.add(table.name() + ": " + table.comment());
            for (Column column : table.columns()) {
                comments.add(table.name() + "." + column.name() + ": " + column.comment());
            }
        }
        comments.sort(null);
        return comments;
    }

    private static SchemaModel withoutComments(SchemaModel model) {
        Map<String, Table> tables = new LinkedHashMap<>();
        model.tables()
                .forEach((name, table) -> tables.put(
                        name,
                        table.with(
                                        table.columns().stream()
                                                .map(c -> c.withComment(null))
                                                .toList(),
                                        table.indexes(),
                                        table.foreignKeys())
                                .withComment(null)));
        return new SchemaModel(tables);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String q(Dialect dialect, String name) {
        return dialect == Dialect.MYSQL ? "`" + name + "`" : "\"" + name + "\"";
    }

    private static int count(Connection connection, Dialect dialect) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + q(dialect, "users"))) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
