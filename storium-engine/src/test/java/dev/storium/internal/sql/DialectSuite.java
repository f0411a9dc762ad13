package dev.storium.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What every dialect's renderer must show: the exact SQL of each step, and every step executed in order on the real
 * database with rows in the tables, the rows still there afterwards.
 */
abstract class DialectSuite {
    static final String ALICE = "11111111-1111-1111-1111-111111111111";
    static final String BOB = "22222222-2222-2222-2222-222222222222";
    static final String BREAKPOINT = "\n--> statement-breakpoint\n";

    static TestDatabases databases;

    @BeforeAll
    static void createDatabases() {
        databases = TestDatabases.forPurpose("sql");
    }

    @AfterAll
    static void dropDatabases() {
        databases.close();
    }

    abstract Dialect dialect();

    /** The expected SQL of each step of {@link Steps#all()}, statements joined as in a migration file. */
    abstract List<String> golden();

    static List<String> render(Dialect dialect, Steps.Step step) {
        return SqlRenderer.of(dialect).render(step.changes(), step.previous(), step.next());
    }

    @Test
    void rendersEachStepExactly() {
        List<Steps.Step> steps = Steps.all();
        List<String> expected = golden();
        assertThat(expected).hasSameSizeAs(steps);
        for (int i = 0; i < steps.size(); i++) {
            assertThat(String.join(BREAKPOINT, render(dialect(), steps.get(i))))
                    .as(steps.get(i).name())
                    .isEqualTo(expected.get(i).strip());
        }
    }

    @Test
    void everyStepRunsOnTheDatabaseAndKeepsTheRows() throws SQLException {
        databases.reset(dialect());
        ScriptExecutor executor = new ScriptExecutor(dialect());
        try (Connection connection = databases.connect(dialect())) {
            List<Steps.Step> steps = Steps.all();
            for (int i = 0; i < steps.size(); i++) {
                executor.execute(connection, "step " + (i + 1), render(dialect(), steps.get(i)));
                if (i == 0) {
                    insertRows(connection);
                }
                String posts = i < 3 ? "posts" : "articles";
                assertThat(count(connection, "users"))
                        .as("users after " + steps.get(i).name())
                        .isEqualTo(2);
                assertThat(count(connection, posts))
                        .as(posts + " after " + steps.get(i).name())
                        .isEqualTo(3);
                if (i < 5) {
                    assertThat(count(connection, "memberships"))
                            .as("memberships")
                            .isEqualTo(2);
                }
            }
            assertThat(strings(connection, "SELECT \"code\" FROM \"users\" ORDER BY \"code\""))
                    .containsExactly("7", "42");
            assertThat(strings(connection, "SELECT \"full_name\" FROM \"users\" ORDER BY \"full_name\""))
                    .containsExactly("Alice", "Bob");
            // serial again: a new row continues after the largest existing key
            update(connection, "INSERT INTO \"articles\" (\"author_id\", \"title\") VALUES ('" + BOB + "', 'four')");
            assertThat(strings(connection, "SELECT MAX(\"id\") FROM \"articles\""))
                    .containsExactly("4");
        }
    }

    void insertRows(Connection connection) throws SQLException {
        update(
                connection,
                "INSERT INTO \"users\" (\"id\", \"email\", \"name\", \"code\") VALUES ('" + ALICE
                        + "', 'alice@example.com', 'Alice', '42'), ('" + BOB + "', 'bob@example.com', 'Bob', '7')");
        update(
                connection,
                "INSERT INTO \"posts\" (\"author_id\", \"title\") VALUES ('" + ALICE + "', 'one'), ('" + ALICE
                        + "', 'two'), ('" + BOB + "', 'three')");
        update(
                connection,
                "INSERT INTO \"memberships\" (\"user_id\", \"group_id\") VALUES ('" + ALICE + "', 1), ('" + BOB
                        + "', 1)");
    }

    /** The statement with "double quotes" turned into this dialect's identifier quotes. */
    String sql(String statement) {
        return dialect() == Dialect.MYSQL ? statement.replace('"', '`') : statement;
    }

    void update(Connection connection, String statement) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql(statement));
        }
    }

    int count(Connection connection, String table) throws SQLException {
        return Integer.parseInt(
                strings(connection, "SELECT COUNT(*) FROM \"" + table + "\"").get(0));
    }

    List<String> strings(Connection connection, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rows = s.executeQuery(sql(query))) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    boolean tableExists(Connection connection, String table) throws SQLException {
        try (ResultSet rows = connection.getMetaData().getTables(null, null, table, null)) {
            return rows.next();
        }
    }
}
