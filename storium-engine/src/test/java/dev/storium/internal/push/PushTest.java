package dev.storium.internal.push;

import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.catalog.LiveSchema;
import dev.storium.internal.migration.TestProject;
import dev.storium.internal.scan.SchemaScan;
import dev.storium.options.PushOptions;
import dev.storium.result.PushResult;
import dev.storium.schema.TableDef;
import dev.storium.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The push command on every dialect: apply, nothing to do, refusals without force, force, dry run, history table. */
class PushTest {
    private static final TestDatabases DATABASES = TestDatabases.forPurpose("push");

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

    static StoriumConfig config(TestDatabases databases, Dialect dialect) {
        return databases.config(dialect, Path.of("target/push-migrations").toAbsolutePath());
    }

    private static List<TableDef> notes(boolean withBody, boolean withTitle) {
        var columns = new java.util.ArrayList<>(List.of(column("id", SERIAL).primaryKey()));
        if (withTitle) {
            columns.add(column("title", VARCHAR).maxLength(100).notNull());
        }
        if (withBody) {
            columns.add(column("body", TEXT));
        }
        return List.of(defineTable("notes")
                .columns(columns.toArray(new dev.storium.schema.ColumnDef[0]))
                .timestamps(false));
    }

    private static PushResult push(Dialect dialect, List<TableDef> tables, PushOptions options) {
        return Push.run(config(DATABASES, dialect), tables, options);
    }

    private static void insertNote(Dialect dialect) throws SQLException {
        try (Connection connection = DATABASES.connect(dialect);
                Statement statement = connection.createStatement()) {
            statement.execute(
                    dialect == Dialect.MYSQL
                            ? "INSERT INTO `notes` (`title`, `body`) VALUES ('first', 'text')"
                            : "INSERT INTO \"notes\" (\"title\", \"body\") VALUES ('first', 'text')");
        }
    }

    private static List<String> columns(Dialect dialect, String table) throws SQLException {
        try (Connection connection = DATABASES.connect(dialect)) {
            return LiveSchema.read(connection, dialect, Set.of()).table(table).orElseThrow().columns().stream()
                    .map(c -> c.name())
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void pushCreatesTheTablesThenFindsNothingToDo(Dialect dialect) throws SQLException {
        PushResult first = push(dialect, notes(true, true), PushOptions.DEFAULTS);

        assertThat(first.success()).as(first.message()).isTrue();
        assertThat(first.error()).isNull();
        assertThat(first.message()).isEqualTo("Pushed 1 change with 1 statement:\n  - create table notes");
        assertThat(first.statements()).singleElement().asString().contains("CREATE TABLE");
        assertThat(columns(dialect, "notes")).containsExactly("id", "title", "body");

        PushResult second = push(dialect, notes(true, true), PushOptions.DEFAULTS);

        assertThat(second.success()).isTrue();
        assertThat(second.message()).isEqualTo("Database is in sync with the code: nothing to push.");
        assertThat(second.statements()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aDropIsRefusedWithoutForceAndAppliedWithIt(Dialect dialect) throws SQLException {
        push(dialect, notes(true, true), PushOptions.DEFAULTS);
        insertNote(dialect);

        PushResult refused = push(dialect, notes(false, true), PushOptions.DEFAULTS);

        assertThat(refused.success()).isFalse();
        assertThat(refused.error().code()).isEqualTo(ErrorCode.DATA_LOSS);
        assertThat(refused.message())
                .isEqualTo("Refusing to push: 1 change would lose data or fail on existing rows, and nothing was"
                        + " changed.\n"
                        + "  drop column notes.body: its values are deleted\n"
                        + "Ways forward:\n"
                        + "  to keep the data, declare renames with renamedFrom(...), give new NOT NULL columns a"
                        + " default, or generate and review a migration (storium:generate)\n"
                        + "  to accept the loss, run again with -Dstorium.force=true");
        assertThat(refused.statements()).isNotEmpty();
        assertThat(columns(dialect, "notes")).contains("body");

        PushResult forced = push(dialect, notes(false, true), new PushOptions(true, false));

        assertThat(forced.success()).as(forced.message()).isTrue();
        assertThat(forced.message()).contains("drop column notes.body");
        assertThat(columns(dialect, "notes")).containsExactly("id", "title");
        assertThat(count(dialect, "notes")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aNotNullColumnWithoutDefaultIsRefusedOnlyWhenTheTableHasRows(Dialect dialect) throws SQLException {
        push(dialect, notes(true, false), PushOptions.DEFAULTS);

        PushResult empty = push(dialect, notes(true, true), PushOptions.DEFAULTS);
        assertThat(empty.success())
                .as("an empty table takes the column: " + empty.message())
                .isTrue();

        push(dialect, notes(true, false), new PushOptions(true, false));
        insertNote(dialect, "INSERT INTO %snotes%s (%sbody%s) VALUES ('text')");
        PushResult refused = push(dialect, notes(true, true), PushOptions.DEFAULTS);

        assertThat(refused.success()).isFalse();
        assertThat(refused.message())
                .contains("  add column notes.title: NOT NULL without a default, and existing rows have no value"
                        + " for it\n")
                .endsWith("to accept the loss, run again with -Dstorium.force=true");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aDryRunPrintsTheStatementsAndChangesNothing(Dialect dialect) throws SQLException {
        push(dialect, notes(false, true), PushOptions.DEFAULTS);

        PushResult dry = push(dialect, notes(true, true), new PushOptions(false, true));

        assertThat(dry.success()).isTrue();
        assertThat(dry.statements()).singleElement().asString().contains("ADD COLUMN");
        assertThat(dry.message())
                .isEqualTo("Dry run: push would run 1 statement for these changes, and nothing was changed:\n"
                        + "  - add column notes.body");
        assertThat(columns(dialect, "notes")).containsExactly("id", "title");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void theHistoryAndLockTablesAreNeitherReadNorDropped(Dialect dialect) throws SQLException {
        StoriumConfig config = config(DATABASES, dialect);
        push(dialect, notes(true, true), PushOptions.DEFAULTS);
        try (Connection connection = DATABASES.connect(dialect);
                Statement statement = connection.createStatement()) {
            String q = dialect == Dialect.MYSQL ? "`" : "\"";
            statement.execute("CREATE TABLE " + q + config.migrationsTable() + q + " (" + q + "tag" + q
                    + " varchar(100) NOT NULL)");
            statement.execute("CREATE TABLE " + q + config.migrationsTable() + "_lock" + q + " (" + q + "id" + q
                    + " int NOT NULL PRIMARY KEY)");
        }

        PushResult result = push(dialect, notes(true, true), PushOptions.DEFAULTS);

        assertThat(result.message()).isEqualTo("Database is in sync with the code: nothing to push.");
        assertThat(count(dialect, config.migrationsTable())).isZero();
        assertThat(count(dialect, config.migrationsTable() + "_lock")).isZero();
    }

    @Test
    void noTableDefinitionsFailWithTheMessageOfGenerate(@TempDir Path dir) {
        StoriumConfig config = new TestProject(dir).config(Dialect.SQLITE, "none");
        Throwable fromGenerate = catchThrowable(() -> SchemaScan.requireTables(config.schema(), TestProject.source()));
        assertThat(fromGenerate).isInstanceOf(StoriumException.class);

        assertThatThrownBy(() -> Push.run(config, TestProject.source(), PushOptions.DEFAULTS))
                .isInstanceOf(StoriumException.class)
                .satisfies(e -> assertThat(((StoriumException) e).code()).isEqualTo(ErrorCode.SCHEMA_SCAN))
                .hasMessage(fromGenerate.getMessage())
                .hasMessageStartingWith("No table definitions found in the class roots ");
    }

    private static void insertNote(Dialect dialect, String template) throws SQLException {
        String q = dialect == Dialect.MYSQL ? "`" : "\"";
        try (Connection connection = DATABASES.connect(dialect);
                Statement statement = connection.createStatement()) {
            statement.execute(String.format(template, q, q, q, q));
        }
    }

    private static long count(Dialect dialect, String table) throws SQLException {
        String q = dialect == Dialect.MYSQL ? "`" : "\"";
        try (Connection connection = DATABASES.connect(dialect);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + q + table + q)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
