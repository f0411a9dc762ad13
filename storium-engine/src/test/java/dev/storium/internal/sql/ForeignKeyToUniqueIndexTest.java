package dev.storium.internal.sql;

import static dev.storium.internal.sql.Steps.col;
import static dev.storium.internal.sql.Steps.model;
import static dev.storium.internal.sql.Steps.notNull;
import static dev.storium.internal.sql.Steps.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.config.Dialect;
import dev.storium.internal.diff.Differ;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.schema.ColumnType;
import dev.storium.schema.FkAction;
import dev.storium.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A foreign key to a unique index (not the primary key) whose index is created in the same file: the differ adds
 * such a key after the indexes, and every dialect must run that file and enforce the key.
 */
class ForeignKeyToUniqueIndexTest {
    static final Index OWNERS_CODE_KEY = new Index("owners_code_key", List.of("code"), true, null);
    static final Table OWNERS_PLAIN = new Table(
            "owners",
            List.of(notNull(col("id", ColumnType.INTEGER)), notNull(varchar("code", 36))),
            List.of("id"),
            List.of(),
            List.of(),
            null);
    static final Table OWNERS = new Table(
            "owners", OWNERS_PLAIN.columns(), OWNERS_PLAIN.primaryKey(), List.of(OWNERS_CODE_KEY), List.of(), null);
    static final ForeignKey THINGS_OWNER_CODE = new ForeignKey(
            "things_owner_code_fk", List.of("owner_code"), "owners", List.of("code"), FkAction.CASCADE, null);
    static final Table THINGS = new Table(
            "things",
            List.of(notNull(col("id", ColumnType.INTEGER)), varchar("owner_code", 36)),
            List.of("id"),
            List.of(),
            List.of(THINGS_OWNER_CODE),
            null);

    static TestDatabases databases;

    @BeforeAll
    static void create() {
        databases = TestDatabases.forPurpose("fk_unique");
    }

    @AfterEach
    void reset() {
        for (Dialect dialect : Dialect.values()) {
            databases.reset(dialect);
        }
    }

    @AfterAll
    static void drop() {
        databases.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void bothTablesCreatedInOneFile(Dialect dialect) throws SQLException {
        SchemaModel next = model(OWNERS, THINGS);
        List<SchemaChange> changes = Differ.diff(SchemaModel.empty(), next);
        assertThat(changes)
                .extracting(SchemaChange::describe)
                .endsWith(
                        "create unique index owners_code_key on owners",
                        "add foreign key things_owner_code_fk on things");

        try (Connection connection = databases.connect(dialect)) {
            run(dialect, connection, SchemaModel.empty(), next, changes);
            assertEnforced(dialect, connection);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aNewTableReferencesANewUniqueIndexOfATableWithRows(Dialect dialect) throws SQLException {
        SchemaModel previous = model(OWNERS_PLAIN);
        SchemaModel next = model(OWNERS, THINGS);
        try (Connection connection = databases.connect(dialect)) {
            run(dialect, connection, SchemaModel.empty(), previous, Differ.diff(SchemaModel.empty(), previous));
            execute(connection, "INSERT INTO " + q(dialect, "owners") + " VALUES (1, 'a')");

            run(dialect, connection, previous, next, Differ.diff(previous, next));

            assertThat(count(connection, q(dialect, "owners"))).isEqualTo(1);
            assertEnforced(dialect, connection);
        }
    }

    private static void run(
            Dialect dialect,
            Connection connection,
            SchemaModel previous,
            SchemaModel next,
            List<SchemaChange> changes) {
        List<String> statements = SqlRenderer.of(dialect).render(changes, previous, next);
        new ScriptExecutor(dialect).execute(connection, "fk to unique", statements);
    }

    /** A child row needs its parent's code, and deleting the parent cascades to it. */
    private static void assertEnforced(Dialect dialect, Connection connection) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            execute(connection, "PRAGMA foreign_keys=ON");
        }
        String owners = q(dialect, "owners");
        String things = q(dialect, "things");
        if (count(connection, owners) == 0) {
            execute(connection, "INSERT INTO " + owners + " VALUES (1, 'a')");
        }
        execute(connection, "INSERT INTO " + things + " VALUES (1, 'a')");
        assertThatThrownBy(() -> execute(connection, "INSERT INTO " + things + " VALUES (2, 'nobody')"))
                .isInstanceOf(SQLException.class);
        execute(connection, "DELETE FROM " + owners);
        assertThat(count(connection, things)).as("rows left after the cascade").isZero();
    }

    private static String q(Dialect dialect, String name) {
        return dialect == Dialect.MYSQL ? "`" + name + "`" : "\"" + name + "\"";
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
