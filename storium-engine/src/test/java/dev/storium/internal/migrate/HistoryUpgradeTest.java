package dev.storium.internal.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.internal.history.HistoryRow;
import dev.storium.internal.migration.MigrationFolder;
import dev.storium.options.MigrateOptions;
import dev.storium.result.MigrateResult;
import dev.storium.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A history table written before it had the columns {@code state}, {@code statements_done} and
 * {@code statements_total}: read as it is by the read-only goals, upgraded in place by the next migrate, its rows
 * keeping their meaning.
 */
class HistoryUpgradeTest {
    static TestDatabases databases;

    @TempDir
    Path project;

    @BeforeAll
    static void create() {
        databases = TestDatabases.forPurpose("history_upgrade");
    }

    @AfterAll
    static void drop() {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anOldHistoryTableIsReadAsItIsAndUpgradedByTheNextMigrate(Dialect dialect) throws Exception {
        databases.reset(dialect);
        MigrationFiles files = MigrationFiles.in(project, dialect, databases.url(dialect));
        files.add("users", "CREATE TABLE users (id INT NOT NULL PRIMARY KEY)");
        files.add("broken", "CREATE TABLE broken_part (id INT NOT NULL PRIMARY KEY)");
        files.execute(
                "CREATE TABLE __storium_migrations (tag VARCHAR(255) NOT NULL, sha256 VARCHAR(64) NOT NULL,"
                        + " journal_when BIGINT NOT NULL, applied_at VARCHAR(32) NOT NULL, execution_ms BIGINT NOT"
                        + " NULL, success BOOLEAN NOT NULL, PRIMARY KEY (tag))",
                "CREATE TABLE users (id INT NOT NULL PRIMARY KEY)");
        List<Script> scripts = Migrate.scripts(files.config());
        insertOldRow(files, scripts.get(0), true);
        insertOldRow(files, scripts.get(1), false);

        List<MigrationState> before;
        try (Connection connection = files.connect()) {
            before = MigrationState.read(
                    files.config(), MigrationFolder.read(files.config().out(), dialect), connection);
        }
        assertThat(before)
                .extracting(MigrationState::kind)
                .containsExactly(MigrationState.Kind.APPLIED, MigrationState.Kind.FAILED);
        assertThat(columns(files)).doesNotContain("state");

        MigrateResult refused = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);
        assertThat(refused.success()).isFalse();
        assertThat(refused.message()).contains("0001_broken.sql failed on 2026-01-01T00:00:00.000Z");
        assertThat(columns(files)).contains("state", "statements_done", "statements_total");
        HistoryRow upgraded = files.history().get("0000_users");
        assertThat(upgraded.state()).isEqualTo(HistoryRow.State.APPLIED);
        assertThat(upgraded.statementsDone()).as("unknown for an old row").isEqualTo(-1);

        assertThat(Storium.repair(files.config()).success()).isTrue();
        MigrateResult rerun = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);
        assertThat(rerun.applied()).as(rerun.message()).containsExactly("0001_broken");
        HistoryRow applied = files.history().get("0001_broken");
        assertThat(applied.state()).isEqualTo(HistoryRow.State.APPLIED);
        assertThat(applied.statementsTotal()).isEqualTo(1);
    }

    private static void insertOldRow(MigrationFiles files, Script script, boolean success) throws Exception {
        files.execute("INSERT INTO __storium_migrations (tag, sha256, journal_when, applied_at, execution_ms, success)"
                + " VALUES ('" + script.tag() + "', '" + script.hash() + "', "
                + script.migration().entry().when()
                + ", '2026-01-01T00:00:00.000Z', 5, " + (success ? "TRUE" : "FALSE") + ")");
    }

    private static List<String> columns(MigrationFiles files) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = files.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM __storium_migrations WHERE 1 = 0")) {
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                columns.add(rows.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }
}
