package dev.storium.internal.flyway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Flyway's history, made by flyway-core itself migrating a folder, verified file by file: its checksums are
 * computed as Flyway computes them (LF, CRLF and a byte-order mark alike), and an edited, missing or failed migration
 * is named with its fix.
 */
class FlywayAppliedTest {
    static TestDatabases databases;

    @TempDir
    Path folder;

    @BeforeAll
    static void create() {
        databases = TestDatabases.forPurpose("flyway");
    }

    @AfterAll
    static void drop() {
        databases.close();
    }

    /** Three migrations, one with CRLF line endings and one with a byte-order mark, applied by Flyway. */
    private List<FlywayHistory.Row> migrated(Dialect dialect) throws Exception {
        databases.reset(dialect);
        Files.writeString(folder.resolve("V1__create_users.sql"), "CREATE TABLE users (\n  id INT PRIMARY KEY\n);\n");
        Files.writeString(
                folder.resolve("V2__add_email.sql"),
                "-- emails are unique\r\nALTER TABLE users ADD COLUMN email VARCHAR(200);\r\n");
        Files.write(
                folder.resolve("V3__create_tags.sql"),
                ("\uFEFFCREATE TABLE tags (name VARCHAR(50) PRIMARY KEY);\n").getBytes(StandardCharsets.UTF_8));
        Flyway.configure()
                .dataSource(databases.url(dialect), null, null)
                .locations("filesystem:" + folder)
                .load()
                .migrate();
        return rows(dialect);
    }

    private List<FlywayHistory.Row> rows(Dialect dialect) throws Exception {
        try (Connection connection = databases.connect(dialect)) {
            return FlywayHistory.read(connection, dialect, null, FlywayHistory.TABLE)
                    .orElseThrow();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "SQLITE"})
    void everyAppliedFileHasTheChecksumFlywayRecorded(Dialect dialect) throws Exception {
        List<FlywayHistory.Row> rows = migrated(dialect);
        Files.writeString(folder.resolve("V4__later.sql"), "SELECT 1;\n");

        FlywayApplied verified = FlywayApplied.verify(folder, rows, FlywayHistory.TABLE);

        assertThat(verified.problems()).isEmpty();
        assertThat(verified.warnings()).isEmpty();
        assertThat(verified.applied())
                .extracting(FlywayApplied.Applied::script)
                .containsExactly("V1__create_users.sql", "V2__add_email.sql", "V3__create_tags.sql");
        assertThat(verified.applied())
                .extracting(FlywayApplied.Applied::checksum)
                .containsExactlyElementsOf(
                        rows.stream().map(FlywayHistory.Row::checksum).toList());
        assertThat(verified.notApplied()).containsExactly("V4__later.sql");
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "SQLITE"})
    void anEditedAMissingAndAFailedMigrationAreNamedWithTheirFix(Dialect dialect) throws Exception {
        List<FlywayHistory.Row> applied = migrated(dialect);
        Path second = folder.resolve("V2__add_email.sql");
        Files.writeString(second, Files.readString(second) + "-- edited\n");
        Files.delete(folder.resolve("V1__create_users.sql"));
        try (Connection connection = databases.connect(dialect);
                Statement statement = connection.createStatement()) {
            // what MySQL leaves after a failing migration, whose DDL commits on its own
            statement.execute("UPDATE flyway_schema_history SET success = "
                    + (dialect == Dialect.SQLITE ? "0" : "false") + " WHERE version = '3'");
        }

        FlywayApplied verified = FlywayApplied.verify(folder, rows(dialect), FlywayHistory.TABLE);

        int recorded = applied.get(1).checksum();
        assertThat(verified.applied()).isEmpty();
        assertThat(verified.problems())
                .containsExactly(
                        "V1__create_users.sql was applied (flyway_schema_history installed_rank 1 (version 1,"
                                + " V1__create_users.sql)) but is missing from " + folder + ". Fix: restore it from"
                                + " version control (git checkout -- " + folder.resolve("V1__create_users.sql")
                                + "), then run adopt again",
                        "V2__add_email.sql was edited after Flyway applied it: its checksum is now "
                                + FlywayChecksum.of(second) + ", flyway_schema_history recorded " + recorded
                                + " (installed_rank 2 (version 2, V2__add_email.sql)). Fix: restore the file as it was"
                                + " applied (git log -p -- " + second + " shows the edit), then run adopt again",
                        "V3__create_tags.sql failed when Flyway applied it (flyway_schema_history installed_rank 3"
                                + " (version 3, V3__create_tags.sql)). Fix: finish or undo its statements by hand, run"
                                + " flyway repair to remove the failed row, then run adopt again");
    }
}
