package dev.storium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.config.Redaction;
import dev.storium.config.StoriumConfig;
import dev.storium.internal.migration.TestProject;
import dev.storium.options.CheckOptions;
import dev.storium.options.GenerateOptions;
import dev.storium.options.MigrateOptions;
import dev.storium.result.CheckResult;
import dev.storium.result.Finding;
import dev.storium.result.GenerateResult;
import dev.storium.result.MigrateResult;
import dev.storium.result.StatusResult;
import dev.storium.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A user who may connect but not read the history table: every command says so, and none takes the history for empty
 * (which would make status call every migration pending and migrate run them all again).
 */
class UnreadableHistoryTest {
    private static final String V1 = "v1";

    static TestDatabases databases;

    @TempDir
    Path dir;

    private TestProject project;

    @BeforeAll
    static void create() {
        databases = TestDatabases.forPurpose("unreadable_history");
    }

    @AfterAll
    static void drop() {
        databases.close();
    }

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MYSQL"})
    void aUserWhoCannotReadTheHistoryGetsThatErrorAndNothingRuns(Dialect dialect) throws Exception {
        databases.reset(dialect);
        StoriumConfig owner = project.config(dialect, V1, databases.url(dialect), null);
        GenerateResult generated = Storium.generate(owner, TestProject.source(), GenerateOptions.DEFAULTS);
        assertThat(generated.success()).as(generated.message()).isTrue();
        MigrateResult migrated = Storium.migrate(owner, MigrateOptions.DEFAULTS);
        assertThat(migrated.success()).as(migrated.message()).isTrue();

        String user = "storium_reader_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (Connection admin = databases.connect(dialect)) {
            createReader(admin, dialect, user);
            try {
                StoriumConfig reader = project.config(dialect, V1, readerUrl(dialect, user), null);
                String denied = "Could not read the history table __storium_migrations of "
                        + Redaction.url(reader.url()) + ": ";

                StatusResult status = Storium.status(reader, TestProject.source());
                assertThat(status.success()).isFalse();
                assertThat(status.message())
                        .contains(denied)
                        .contains("Fix: check that the database is reachable and that the user may read that table.")
                        .doesNotContain("pending");

                CheckResult check = Storium.check(reader, TestProject.source(), CheckOptions.DEFAULTS);
                assertThat(check.success()).isFalse();
                assertThat(check.findings())
                        .extracting(Finding::fact)
                        .anySatisfy(fact -> assertThat(fact).contains("__storium_migrations"))
                        .noneSatisfy(fact -> assertThat(fact).contains("is pending"));

                MigrateResult migrate = Storium.migrate(reader, MigrateOptions.DEFAULTS);
                assertThat(migrate.success()).isFalse();
                assertThat(migrate.applied()).isEmpty();
                assertThat(historyRows(admin)).isEqualTo(1);
            } finally {
                dropReader(admin, dialect, user);
            }
        }
    }

    private static void createReader(Connection admin, Dialect dialect, String user) throws SQLException {
        try (Statement s = admin.createStatement()) {
            if (dialect == Dialect.POSTGRESQL) {
                s.execute("CREATE ROLE " + user + " LOGIN");
            } else {
                // a grant on another table lets the user open the database; none on the history table
                s.execute("CREATE USER '" + user + "'@'%'");
                s.execute("GRANT SELECT ON " + admin.getCatalog() + ".users TO '" + user + "'@'%'");
            }
        }
    }

    private static void dropReader(Connection admin, Dialect dialect, String user) throws SQLException {
        try (Statement s = admin.createStatement()) {
            if (dialect == Dialect.POSTGRESQL) {
                s.execute("DROP ROLE " + user);
            } else {
                s.execute("DROP USER '" + user + "'@'%'");
            }
        }
    }

    private static String readerUrl(Dialect dialect, String user) {
        String url = databases.url(dialect);
        return dialect == Dialect.POSTGRESQL
                ? url.replace("user=postgres", "user=" + user)
                : url.replace("user=root", "user=" + user);
    }

    private static int historyRows(Connection admin) throws SQLException {
        try (Statement s = admin.createStatement();
                ResultSet rows = s.executeQuery("SELECT count(*) FROM __storium_migrations")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
