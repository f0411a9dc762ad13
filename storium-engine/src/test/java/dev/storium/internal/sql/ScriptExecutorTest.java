package dev.storium.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScriptExecutorTest {
    static TestDatabases databases;

    @BeforeAll
    static void create() {
        databases = TestDatabases.forPurpose("executor");
    }

    @AfterAll
    static void drop() {
        databases.close();
    }

    private static final List<String> FAILING_FILE = List.of(
            "CREATE TABLE \"kept\" (\"id\" integer)",
            "INSERT INTO \"kept\" (\"id\") VALUES (1)",
            "INSERT INTO \"missing_table\" (\"id\") VALUES (1)");

    @Test
    void aFailingStatementOnPostgresqlIsNamedAndNothingOfTheFileStays() throws SQLException {
        databases.reset(Dialect.POSTGRESQL);
        try (Connection connection = databases.connect(Dialect.POSTGRESQL)) {
            assertThatThrownBy(() ->
                            new ScriptExecutor(Dialect.POSTGRESQL).execute(connection, "0001_broken.sql", FAILING_FILE))
                    .isInstanceOf(StoriumException.class)
                    .satisfies(e -> assertThat(((StoriumException) e).code()).isEqualTo(ErrorCode.DATABASE))
                    .hasMessageStartingWith("Statement 3 of 0001_broken.sql failed on postgresql: INSERT INTO"
                            + " \"missing_table\" (\"id\") VALUES (1)\nDatabase message: ERROR: relation"
                            + " \"missing_table\" does not exist")
                    .hasMessageEndingWith("Nothing of 0001_broken.sql was applied: its transaction was rolled back."
                            + " Fix the statement (or the data it needs) and run again.");
            assertThat(tables(connection)).doesNotContain("kept");
            assertThat(connection.getAutoCommit()).isTrue();
        }
    }

    @Test
    void aFailingStatementOnSqliteRollsTheFileBack() throws SQLException {
        databases.reset(Dialect.SQLITE);
        try (Connection connection = databases.connect(Dialect.SQLITE)) {
            assertThatThrownBy(() ->
                            new ScriptExecutor(Dialect.SQLITE).execute(connection, "0001_broken.sql", FAILING_FILE))
                    .isInstanceOf(StoriumException.class)
                    .hasMessageContaining("Statement 3 of 0001_broken.sql failed on sqlite: INSERT INTO"
                            + " \"missing_table\" (\"id\") VALUES (1)\nDatabase message: ")
                    .hasMessageContaining("no such table: missing_table")
                    .hasMessageContaining("Nothing of 0001_broken.sql was applied");
            assertThat(tables(connection)).doesNotContain("kept");
        }
    }

    @Test
    void onMariadbTheMessageSaysWhichStatementsStayApplied() throws SQLException {
        databases.reset(Dialect.MYSQL);
        List<String> file = FAILING_FILE.stream().map(s -> s.replace('"', '`')).toList();
        try (Connection connection = databases.connect(Dialect.MYSQL)) {
            assertThatThrownBy(() -> new ScriptExecutor(Dialect.MYSQL).execute(connection, "0002_x.sql", file))
                    .hasMessageContaining("Statement 3 of 0002_x.sql failed on mysql: INSERT INTO `missing_table`")
                    .hasMessageContaining("Statements 1 to 2 of 0002_x.sql stay applied (mysql commits each DDL"
                            + " statement on its own).");
            assertThat(tables(connection)).contains("kept");
        }
    }

    @Test
    void onMariadbTheConnectionKeepsItsModeAndNoStatementIsSpentOnIt() throws SQLException {
        databases.reset(Dialect.MYSQL);
        List<String> file = List.of("CREATE TABLE `a` (`id` integer)", "CREATE TABLE `b` (`id` integer)");
        try (Connection connection = databases.connect(Dialect.MYSQL)) {
            long before = questions(connection);
            new ScriptExecutor(Dialect.MYSQL).execute(connection, "0003_two.sql", file);
            // the two statements and the counter's own read: no SET autocommit round trips (Connector/J sends one
            // for every setAutoCommit call, even one that changes nothing)
            assertThat(questions(connection) - before).isEqualTo(3);
            assertThat(connection.getAutoCommit()).isTrue();

            connection.setAutoCommit(false);
            new ScriptExecutor(Dialect.MYSQL)
                    .execute(connection, "0004_c.sql", List.of("CREATE TABLE `c` (`id` integer)"));
            assertThat(connection.getAutoCommit()).isFalse();
            assertThat(tables(connection)).contains("a", "b", "c");
        }
    }

    /** The statements this session has sent, by MariaDB's own count. */
    private static long questions(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW SESSION STATUS LIKE 'Questions'")) {
            rows.next();
            return rows.getLong(2);
        }
    }

    @Test
    void aForeignKeyViolationFoundBeforeCommitFailsTheSqliteFile() throws SQLException {
        databases.reset(Dialect.SQLITE);
        List<String> file = List.of(
                "PRAGMA foreign_keys=OFF",
                "CREATE TABLE \"parents\" (\"id\" integer PRIMARY KEY)",
                "CREATE TABLE \"children\" (\"parent_id\" integer REFERENCES \"parents\" (\"id\"))",
                "INSERT INTO \"children\" (\"parent_id\") VALUES (7)",
                "PRAGMA foreign_key_check",
                "PRAGMA foreign_keys=ON");
        try (Connection connection = databases.connect(Dialect.SQLITE)) {
            assertThatThrownBy(() -> new ScriptExecutor(Dialect.SQLITE).execute(connection, "0003_fk.sql", file))
                    .hasMessageContaining("Statement 5 of 0003_fk.sql failed on sqlite: PRAGMA foreign_key_check")
                    .hasMessageContaining(
                            "foreign key violations found: table children row 1 references missing" + " parents row");
            assertThat(tables(connection)).doesNotContain("parents", "children");
            assertThat(foreignKeysOn(connection)).isTrue();
        }
    }

    @Test
    void aForeignKeySwitchInsideTheSqliteTransactionIsRefused() throws SQLException {
        databases.reset(Dialect.SQLITE);
        List<String> file =
                List.of("CREATE TABLE \"a\" (\"id\" integer)", "PRAGMA foreign_keys=OFF", "DROP TABLE \"a\"");
        try (Connection connection = databases.connect(Dialect.SQLITE)) {
            assertThatThrownBy(() -> new ScriptExecutor(Dialect.SQLITE).execute(connection, "0004_p.sql", file))
                    .satisfies(e -> assertThat(((StoriumException) e).code()).isEqualTo(ErrorCode.MIGRATION_FOLDER))
                    .hasMessage("Statement 2 of 0004_p.sql switches foreign keys inside the file's transaction, where"
                            + " SQLite ignores it (PRAGMA foreign_keys=OFF). Move PRAGMA foreign_keys statements to"
                            + " the start or the end of the file.");
        }
    }

    static boolean foreignKeysOn(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rows = s.executeQuery("PRAGMA foreign_keys")) {
            rows.next();
            return rows.getInt(1) == 1;
        }
    }

    static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new java.util.ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(connection.getCatalog(), null, "%", null)) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
