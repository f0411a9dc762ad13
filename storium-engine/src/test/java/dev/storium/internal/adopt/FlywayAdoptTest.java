package dev.storium.internal.adopt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.internal.pull.PulledCode;
import dev.storium.options.AdoptOptions;
import dev.storium.options.CheckOptions;
import dev.storium.options.GenerateOptions;
import dev.storium.options.MigrateOptions;
import dev.storium.options.PullOptions;
import dev.storium.options.SchemaSource;
import dev.storium.result.AdoptResult;
import dev.storium.result.CheckResult;
import dev.storium.result.GenerateResult;
import dev.storium.result.MigrateResult;
import dev.storium.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * adopt on a database that flyway-core itself migrated, on PostgreSQL, MariaDB and SQLite: Flyway's files verified,
 * Storium's directory started from pull's baseline and recorded, and Storium carries on from there; an edited file
 * stops adopt with nothing changed.
 */
class FlywayAdoptTest {
    static TestDatabases databases;

    @TempDir
    Path project;

    @BeforeAll
    static void create() {
        databases = TestDatabases.forPurpose("flyway_adopt");
    }

    @AfterAll
    static void drop() {
        databases.close();
    }

    /** Two migrations, the second with CRLF line endings, applied by Flyway from {@code project}/flyway. */
    private Path migratedByFlyway(Dialect dialect) throws Exception {
        databases.reset(dialect);
        Path folder = Files.createDirectories(project.resolve("flyway"));
        Files.writeString(
                folder.resolve("V1__create_users.sql"),
                "CREATE TABLE users (\n  id INTEGER NOT NULL PRIMARY KEY,\n  email VARCHAR(200) NOT NULL\n);\n");
        Files.writeString(
                folder.resolve("V1.1__create_posts.sql"),
                "-- posts by users\r\nCREATE TABLE posts (\r\n  id INTEGER NOT NULL PRIMARY KEY,\r\n"
                        + "  author_id INTEGER NOT NULL,\r\n  title VARCHAR(100) NOT NULL,\r\n"
                        + "  CONSTRAINT posts_author_id_users_id_fk FOREIGN KEY (author_id) REFERENCES users (id)\r\n"
                        + ");\r\nCREATE INDEX posts_author_idx ON posts (author_id);\r\n");
        flywayMigrate(dialect, folder);
        return folder;
    }

    /** Runs Flyway's migrate on the database of {@code dialect} from {@code folder}. */
    private static void flywayMigrate(Dialect dialect, Path folder) {
        Flyway.configure()
                .dataSource(databases.url(dialect), null, null)
                .locations("filesystem:" + folder)
                .load()
                .migrate();
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MYSQL", "SQLITE"})
    void verifiesFlywaysFilesThenStartsFromTheBaselineAndCarriesOn(Dialect dialect) throws Exception {
        Path flyway = migratedByFlyway(dialect);
        List<String> flywayRows = flywayRows(dialect);
        StoriumConfig config = databases.config(dialect, project.resolve("migrations"));

        AdoptResult adopted = Storium.adopt(config, options(flyway));

        assertThat(adopted.success()).as(adopted.message()).isTrue();
        assertThat(adopted.source()).isEqualTo("flyway");
        assertThat(adopted.verified()).containsExactly("V1__create_users.sql", "V1.1__create_posts.sql");
        assertThat(adopted.recorded()).containsExactly("0000_pulled_schema");
        assertThat(adopted.converted()).isTrue();
        assertThat(adopted.message())
                .startsWith("Adopted ")
                .contains("verified 2 migrations against the checksums flyway_schema_history recorded")
                .contains("flyway_schema_history left as it was");
        assertThat(project.resolve("migrations/0000_pulled_schema.sql")).exists();
        assertThat(Files.readString(project.resolve("migrations/0000_pulled_schema.sql")))
                .doesNotContainIgnoringCase("flyway_schema_history");

        MigrateResult migrated = Storium.migrate(config, MigrateOptions.DEFAULTS);
        assertThat(migrated.success()).as(migrated.message()).isTrue();
        assertThat(migrated.applied()).isEmpty();
        assertThat(migrated.message()).contains("up to date");

        assertThat(adopted.message())
                .contains("Wrote the Java schema into " + project.resolve("src/com/example/db/DbSchema.java"));
        SchemaSource tables = adoptedTables();
        CheckResult checked = Storium.check(config, tables, CheckOptions.DEFAULTS);
        assertThat(checked.success()).as(checked.message()).isTrue();
        GenerateResult generated = Storium.generate(config, tables, GenerateOptions.DEFAULTS);
        assertThat(generated.success()).as(generated.message()).isTrue();
        assertThat(generated.file()).as(generated.message()).isNull();
        assertThat(generated.message()).startsWith("Nothing to generate");

        AdoptResult again = Storium.adopt(config, options(flyway));
        assertThat(again.success()).as(again.message()).isTrue();
        assertThat(again.recorded()).isEmpty();
        assertThat(again.converted()).isFalse();
        assertThat(again.verified()).containsExactly("V1__create_users.sql", "V1.1__create_posts.sql");
        assertThat(again.message()).startsWith("Already adopted").contains("Nothing changed");
        assertThat(flywayRows(dialect)).isEqualTo(flywayRows);
        assertThat(Files.list(project.resolve("migrations"))
                        .map(p -> p.getFileName().toString()))
                .contains("0000_pulled_schema.sql")
                .noneMatch(name -> name.startsWith("0001"));
    }

    /** Adopt's options: Flyway's folder, the Java schema written as com.example.db.DbSchema under the project. */
    private AdoptOptions options(Path flyway) {
        return new AdoptOptions(
                flyway,
                null,
                null,
                new PullOptions(
                        List.of(), List.of(), "com.example.db", "DbSchema", project.resolve("src"), false, false));
    }

    /** The Java schema adopt wrote, compiled. */
    private SchemaSource adoptedTables() throws Exception {
        Path file = project.resolve("src/com/example/db/DbSchema.java");
        assertThat(file).exists();
        return PulledCode.compile(List.of(file), project.resolve("build"));
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MYSQL"})
    void aFileEditedAfterFlywayAppliedItStopsAdoptAndChangesNothing(Dialect dialect) throws Exception {
        Path flyway = migratedByFlyway(dialect);
        Path edited = flyway.resolve("V1.1__create_posts.sql");
        Files.writeString(edited, Files.readString(edited) + "-- edited\n");
        StoriumConfig config = databases.config(dialect, project.resolve("migrations"));

        AdoptResult result = Storium.adopt(config, options(flyway));

        assertThat(result.success()).isFalse();
        assertThat(result.error().code()).isEqualTo(ErrorCode.MIGRATION_FOLDER);
        assertThat(result.message())
                .startsWith("Cannot adopt ")
                .contains("1 applied migration of flyway_schema_history cannot be verified. Nothing was changed.")
                .contains("V1.1__create_posts.sql was edited after Flyway applied it")
                .contains("Fix: restore the file as it was applied (git log -p -- " + edited + " shows the edit)");
        assertThat(project.resolve("migrations")).doesNotExist();
        assertThat(historyTables(dialect)).doesNotContain(config.migrationsTable());
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"SQLITE"})
    void aFlywayFileNotAppliedYetStopsAdopt(Dialect dialect) throws Exception {
        Path flyway = migratedByFlyway(dialect);
        Files.writeString(flyway.resolve("V2__later.sql"), "CREATE TABLE later (id INTEGER PRIMARY KEY);\n");
        StoriumConfig config = databases.config(dialect, project.resolve("migrations"));

        AdoptResult result = Storium.adopt(config, options(flyway));

        assertThat(result.success()).isFalse();
        assertThat(result.message())
                .contains("V2__later.sql in " + flyway + " is not applied: flyway_schema_history has no row for it")
                .contains("Nothing was changed. Fix: apply them with Flyway first (flyway migrate), then adopt");
        assertThat(project.resolve("migrations")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"MYSQL"})
    void aMigrationThatFailedUnderFlywayStopsAdopt(Dialect dialect) throws Exception {
        Path flyway = migratedByFlyway(dialect);
        // MySQL's DDL commits on its own: Flyway records the half-run migration as failed
        Files.writeString(
                flyway.resolve("V2__broken.sql"),
                "CREATE TABLE broken (id INTEGER PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);\n");
        assertThatThrownBy(() -> flywayMigrate(dialect, flyway)).isInstanceOf(FlywayException.class);
        StoriumConfig config = databases.config(dialect, project.resolve("migrations"));

        AdoptResult result = Storium.adopt(config, options(flyway));

        assertThat(result.success()).isFalse();
        assertThat(result.message())
                .contains("V2__broken.sql failed when Flyway applied it (flyway_schema_history installed_rank 3"
                        + " (version 2, V2__broken.sql)). Fix: finish or undo its statements by hand, run flyway"
                        + " repair to remove the failed row, then run adopt again");
        assertThat(project.resolve("migrations")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"SQLITE"})
    void aRepeatableMigrationIsAWarningAndWhatItMadeIsInTheBaseline(Dialect dialect) throws Exception {
        Path flyway = migratedByFlyway(dialect);
        Files.writeString(
                flyway.resolve("R__authors.sql"),
                "CREATE VIEW IF NOT EXISTS authors AS SELECT DISTINCT author_id FROM posts;\n");
        flywayMigrate(dialect, flyway);
        StoriumConfig config = databases.config(dialect, project.resolve("migrations"));

        AdoptResult result = Storium.adopt(config, options(flyway));

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.verified()).containsExactly("V1__create_users.sql", "V1.1__create_posts.sql");
        assertThat(result.warnings())
                .contains("R__authors.sql (flyway_schema_history installed_rank 3 (repeatable, R__authors.sql), type"
                        + " SQL) is a repeatable migration, which Storium does not take over; what it made stays in"
                        + " the database");
        assertThat(Files.readString(project.resolve("migrations/0000_pulled_schema.sql")))
                .containsIgnoringCase("create view")
                .contains("authors");
    }

    private List<String> flywayRows(Dialect dialect) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = databases.connect(dialect);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT installed_rank, script, checksum, success FROM flyway_schema_history"
                                + " ORDER BY installed_rank")) {
            while (result.next()) {
                rows.add(result.getInt(1) + " " + result.getString(2) + " " + result.getInt(3) + " "
                        + result.getBoolean(4));
            }
        }
        return rows;
    }

    private List<String> historyTables(Dialect dialect) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = databases.connect(dialect);
                ResultSet tables = connection
                        .getMetaData()
                        .getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
