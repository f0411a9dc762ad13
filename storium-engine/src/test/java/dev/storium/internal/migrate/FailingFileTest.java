package dev.storium.internal.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.options.MigrateOptions;
import dev.storium.result.MigrateResult;
import dev.storium.result.RepairResult;
import dev.storium.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A failing statement on each database, and files that opt out of the transaction. */
class FailingFileTest {
    static TestDatabases databases;

    @TempDir
    Path project;

    @BeforeAll
    static void create() {
        databases = TestDatabases.forPurpose("migrate_failing");
    }

    @AfterAll
    static void drop() {
        databases.close();
    }

    /** The broken file after its fix: safe to run again where its first statement stayed applied. */
    private static final String FIXED = "CREATE TABLE IF NOT EXISTS broken_part (id INT NOT NULL PRIMARY KEY);\n"
            + "--> statement-breakpoint\n"
            + "CREATE TABLE fixed_part (id INT NOT NULL PRIMARY KEY);\n";

    private MigrationFiles files(Dialect dialect) {
        databases.reset(dialect);
        return MigrationFiles.in(project, dialect, databases.url(dialect));
    }

    private static final String USERS = "CREATE TABLE users (id INT NOT NULL PRIMARY KEY, email VARCHAR(100) NOT NULL)";

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aFailingStatementIsNamedAndLeavesWhatTheDatabaseAllows(Dialect dialect) throws Exception {
        MigrationFiles files = files(dialect);
        files.add("users", USERS);
        files.add(
                "broken",
                "CREATE TABLE broken_part (id INT NOT NULL PRIMARY KEY)",
                "INSERT INTO no_such_table (id) VALUES (1)");

        MigrateResult failed = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);

        assertThat(failed.success()).isFalse();
        assertThat(failed.error().code()).isEqualTo(ErrorCode.DATABASE);
        assertThat(failed.applied()).containsExactly("0000_users");
        assertThat(failed.message())
                .startsWith("Statement 2 of 0001_broken.sql failed on " + dialect.key()
                        + ": INSERT INTO no_such_table (id) VALUES (1);\nDatabase message: ")
                .doesNotContain("\tat ")
                .endsWith("\nApplied before the failure, and kept: 0000_users.");
        assertThat(failed.message().substring(failed.message().indexOf("Database message: ")))
                .as("the database's own error")
                .containsIgnoringCase("no_such_table");
        assertThat(files.hasTable("users")).isTrue();

        if (dialect == Dialect.POSTGRESQL || dialect == Dialect.SQLITE) {
            assertThat(failed.message())
                    .contains("\nNothing of 0001_broken.sql was applied: its transaction was rolled back.");
            assertThat(files.hasTable("broken_part")).as("no partial schema").isFalse();
            assertThat(files.history()).containsOnlyKeys("0000_users");
            files.rewrite("0001_broken", FIXED);
            MigrateResult rerun = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);
            assertThat(rerun.applied()).as(rerun.message()).containsExactly("0001_broken");
            return;
        }

        assertThat(failed.message())
                .contains("\nStatements 1 to 1 of 0001_broken.sql stay applied (")
                .contains("\n0001_broken is recorded as failed in __storium_migrations, and migrate refuses to run"
                        + " until it is repaired: correct the file, undo what its applied statements changed (or make"
                        + " them safe to run again), then run mvn storium:repair and migrate again.");
        assertThat(files.hasTable("broken_part")).as("DDL committed on its own").isTrue();
        assertThat(files.history().get("0001_broken").success()).isFalse();

        files.rewrite("0001_broken", FIXED);
        MigrateResult refused = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);
        assertThat(refused.success()).isFalse();
        assertThat(refused.error().code()).isEqualTo(ErrorCode.MIGRATION_FOLDER);
        assertThat(refused.message())
                .contains("(1 problem):\n  - 0001_broken.sql failed on ")
                .contains(" and the failure was not repaired (its row in __storium_migrations has success = false;"
                        + " statements before the failing one may stay applied). Fix: correct the file, undo what its"
                        + " applied statements changed (or make them safe to run again), then run mvn storium:repair"
                        + " to clear the failed row and migrate again.");

        RepairResult repaired = Storium.repair(files.config());
        assertThat(repaired.changes())
                .singleElement()
                .asString()
                .startsWith("Removed the failed row of 0001_broken (failed on ")
                .endsWith("); migrate will run 0001_broken.sql again.");

        MigrateResult rerun = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);
        assertThat(rerun.success()).as(rerun.message()).isTrue();
        assertThat(rerun.applied()).containsExactly("0001_broken");
        assertThat(files.history().get("0001_broken").success()).isTrue();
        assertThat(files.hasTable("fixed_part")).isTrue();
    }

    @Test
    void aPostgresqlFileCanOptOutOfTheTransactionForCreateIndexConcurrently() throws Exception {
        MigrationFiles files = files(Dialect.POSTGRESQL);
        files.add("users", USERS);
        files.add("email_index", "CREATE INDEX CONCURRENTLY users_email_idx ON users (email)");

        MigrateResult inTransaction = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);
        assertThat(inTransaction.success()).isFalse();
        assertThat(inTransaction.message())
                .startsWith("Statement 1 of 0001_email_index.sql failed on postgresql: CREATE INDEX CONCURRENTLY")
                .contains("cannot run inside a transaction block");

        files.rewrite(
                "0001_email_index",
                "-- storium:no-transaction\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n");
        MigrateResult dry = Storium.migrate(files.config(), new MigrateOptions(false, true));
        assertThat(dry.applied()).containsExactly("0001_email_index");

        MigrateResult outside = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);

        assertThat(outside.success()).as(outside.message()).isTrue();
        assertThat(outside.applied()).containsExactly("0001_email_index");
        assertThat(indexes(files)).contains("users_email_idx");
        assertThat(files.history().get("0001_email_index").success()).isTrue();
    }

    @Test
    void aFailureInAFileOutsideTheTransactionIsRecordedAsFailed() throws Exception {
        MigrationFiles files = files(Dialect.POSTGRESQL);
        files.add("users", USERS);
        files.addText(
                "indexes",
                "-- storium:no-transaction\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n"
                        + "--> statement-breakpoint\nCREATE INDEX CONCURRENTLY missing_idx ON missing (id);\n");

        MigrateResult failed = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);

        assertThat(failed.success()).isFalse();
        assertThat(failed.message())
                .startsWith("Statement 2 of 0001_indexes.sql failed on postgresql: CREATE INDEX CONCURRENTLY"
                        + " missing_idx ON missing (id);\nDatabase message: ERROR: relation \"missing\" does not"
                        + " exist")
                .contains("\nStatements 1 to 1 of 0001_indexes.sql stay applied (its first line,"
                        + " -- storium:no-transaction, runs it without a transaction).\n0001_indexes is recorded as"
                        + " failed in __storium_migrations");
        assertThat(indexes(files)).contains("users_email_idx");
        assertThat(files.history().get("0001_indexes").success()).isFalse();
    }

    private static java.util.List<String> indexes(MigrationFiles files) throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Connection connection = files.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT indexname FROM pg_indexes WHERE tablename = 'users'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
