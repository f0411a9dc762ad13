package dev.storium.constructs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.internal.catalog.LiveSchema;
import dev.storium.internal.diff.Differ;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.history.History;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.push.Push;
import dev.storium.options.GenerateOptions;
import dev.storium.options.MigrateOptions;
import dev.storium.options.PushOptions;
import dev.storium.result.GenerateResult;
import dev.storium.result.MigrateResult;
import dev.storium.result.PushResult;
import dev.storium.schema.SchemaDefinition;
import dev.storium.schema.TableDef;
import dev.storium.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * One schema construct's life on one real database, as a user meets it: each version of the tables is generated,
 * migrated by {@code storium:migrate}'s engine, and then must read back from the catalog exactly as the code (what
 * {@code storium:check} and {@code storium:push} compare), leave nothing to push, and nothing more to generate. Rows
 * written between the versions show what each migration keeps.
 */
final class Evolution implements AutoCloseable {
    private final Dialect dialect;
    private final TestDatabases databases;
    private final StoriumConfig config;

    Evolution(Dialect dialect, String purpose, Path project) {
        this.dialect = dialect;
        this.databases = TestDatabases.forPurpose(purpose);
        this.config = databases.config(dialect, project.resolve("migrations"));
    }

    Dialect dialect() {
        return dialect;
    }

    StoriumConfig config() {
        return config;
    }

    /**
     * Generates the next migration for {@code tables} (accepting data loss when told), migrates it, and asserts the
     * round trip; returns the generated SQL.
     */
    String step(String name, List<TableDef> tables, boolean allowDataLoss) throws Exception {
        return step(name, SchemaDefinition.of(tables), allowDataLoss);
    }

    /** The database reads back as the code, push has nothing to do, and generate nothing to write. */
    void assertInSync(String name, List<TableDef> tables) throws Exception {
        assertInSync(name, SchemaDefinition.of(tables));
    }

    /** The changes that would bring the live database to the code: none when they agree. */
    List<SchemaChange> drift(List<TableDef> tables) throws SQLException {
        return drift(SchemaDefinition.of(tables));
    }

    /** As {@link #step(String, List, boolean)}, for a schema with views. */
    String step(String name, SchemaDefinition schema, boolean allowDataLoss) throws Exception {
        GenerateResult generated = Storium.generate(config, schema, new GenerateOptions(null, false, allowDataLoss));
        assertThat(generated.success()).as(name + ": " + generated.message()).isTrue();
        assertThat(generated.file()).as(name + ": a migration is written").isNotNull();
        String sql = Files.readString(generated.file());
        MigrateResult migrated = Storium.migrate(config, MigrateOptions.DEFAULTS);
        assertThat(migrated.success())
                .as(name + ": " + migrated.message() + "\n" + sql)
                .isTrue();
        assertInSync(name, schema);
        return sql;
    }

    /** As {@link #assertInSync(String, List)}, for a schema with views. */
    void assertInSync(String name, SchemaDefinition schema) throws Exception {
        assertThat(drift(schema))
                .as(name + ": the live schema reads back as the code")
                .isEmpty();
        PushResult push = Push.run(config, schema, PushOptions.DEFAULTS);
        assertThat(push.success()).as(name + ": " + push.message()).isTrue();
        assertThat(push.statements()).as(name + ": nothing to push").isEmpty();
        GenerateResult again = Storium.generate(config, schema, GenerateOptions.DEFAULTS);
        assertThat(again.file()).as(name + ": nothing more to generate").isNull();
    }

    /** As {@link #drift(List)}, for a schema with views. */
    List<SchemaChange> drift(SchemaDefinition schema) throws SQLException {
        SchemaModel code = Models.fromDefinitions(schema, dialect).forDialect(dialect.key());
        try (Connection connection = databases.connect(dialect)) {
            return Differ.diff(LiveSchema.read(connection, dialect, History.bookkeepingTables(config), code), code);
        }
    }

    /** Runs one statement with parameters on the database, with foreign keys enforced (SQLite's are off by default). */
    void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = databases.connect(dialect)) {
            if (dialect == Dialect.SQLITE) {
                connection.createStatement().execute("PRAGMA foreign_keys=ON");
            }
            execute(connection, sql, parameters);
        }
    }

    /** Runs the statements in one transaction, committed at the end, with foreign keys enforced. */
    void executeInOneTransaction(String... statements) throws SQLException {
        try (Connection connection = databases.connect(dialect)) {
            if (dialect == Dialect.SQLITE) {
                connection.createStatement().execute("PRAGMA foreign_keys=ON");
            }
            connection.setAutoCommit(false);
            try {
                for (String sql : statements) {
                    execute(connection, sql);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }

    /**
     * SQLite only: rebuilds a table by hand with {@code from} replaced by {@code to} in its {@code CREATE TABLE}, rows
     * kept (SQLite cannot alter a column, a check or a key in place); for seeding drift.
     */
    void rebuildSqliteTable(String table, String from, String to) throws SQLException {
        try (Connection connection = databases.connect(dialect);
                java.sql.Statement statement = connection.createStatement()) {
            String sql;
            try (ResultSet result = statement.executeQuery(
                    "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
                result.next();
                sql = result.getString(1);
            }
            if (!sql.contains(from)) {
                throw new IllegalArgumentException(table + " has no " + from + " in: " + sql);
            }
            String rebuilt = sql.replace(from, to).replaceFirst("\"" + table + "\"", "\"" + table + "_by_hand\"");
            // SQLite refuses to rename a table under a view that reads it: the views go, and come back after
            List<String[]> views = new java.util.ArrayList<>();
            try (ResultSet result = statement.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'view'")) {
                while (result.next()) {
                    views.add(new String[] {result.getString(1), result.getString(2)});
                }
            }
            for (String[] view : views) {
                statement.execute("DROP VIEW \"" + view[0] + "\"");
            }
            statement.execute("PRAGMA foreign_keys=OFF");
            statement.execute(rebuilt);
            statement.execute("INSERT INTO \"" + table + "_by_hand\" SELECT * FROM \"" + table + "\"");
            statement.execute("DROP TABLE \"" + table + "\"");
            statement.execute("ALTER TABLE \"" + table + "_by_hand\" RENAME TO \"" + table + "\"");
            for (String[] view : views) {
                statement.execute(view[1]);
            }
        }
    }

    /** The first column of a query's rows, as strings. */
    List<String> strings(String sql) throws SQLException {
        try (Connection connection = databases.connect(dialect);
                ResultSet result = connection.createStatement().executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }

    /** The identifier quoted for this dialect. */
    String q(String name) {
        return dialect == Dialect.MYSQL ? "`" + name + "`" : "\"" + name + "\"";
    }

    @Override
    public void close() {
        databases.close();
    }
}
