package dev.storium.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.internal.migration.SumFile;
import dev.storium.internal.push.Push;
import dev.storium.options.AdoptOptions;
import dev.storium.options.GenerateOptions;
import dev.storium.options.MigrateOptions;
import dev.storium.options.PushOptions;
import dev.storium.result.AdoptResult;
import dev.storium.result.GenerateResult;
import dev.storium.result.MigrateResult;
import dev.storium.result.PushResult;
import dev.storium.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * adopt on a database drizzle-orm's migrator migrated from a drizzle-kit folder, on PostgreSQL, MariaDB and SQLite:
 * the folder becomes Storium's, the applied files Storium's history, and Storium carries on from there.
 */
class AdoptTest {
    static TestDatabases databases;

    @TempDir
    Path project;

    @BeforeAll
    static void create() {
        databases = TestDatabases.forPurpose("adopt");
    }

    @AfterAll
    static void drop() {
        databases.close();
    }

    /** A blog of two migrations, both applied by drizzle's migrator. */
    private DrizzleProject blog(Dialect dialect) throws Exception {
        databases.reset(dialect);
        DrizzleProject drizzle = new DrizzleProject(project.resolve("drizzle"), dialect)
                .add(
                        "crazy_wolverine",
                        BlogFixture.FIRST,
                        BlogFixture.createStatements(dialect),
                        BlogFixture.tables(dialect, false),
                        BlogFixture.enums(dialect))
                .add(
                        "tidy_bio",
                        BlogFixture.SECOND,
                        BlogFixture.bioStatements(dialect),
                        BlogFixture.tables(dialect, true),
                        BlogFixture.enums(dialect));
        try (Connection connection = databases.connect(dialect)) {
            drizzle.migrate(connection);
        }
        return drizzle;
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MYSQL", "SQLITE"})
    void takesOverTheHistoryAndTheFolderThenGenerateCarriesOn(Dialect dialect) throws Exception {
        DrizzleProject drizzle = blog(dialect);
        String sqlBefore = Files.readString(drizzle.sqlFile(0));
        StoriumConfig config = databases.config(dialect, drizzle.folder);

        AdoptResult adopted = Storium.adopt(config, AdoptOptions.DEFAULTS);

        assertThat(adopted.success()).as(adopted.message()).isTrue();
        assertThat(adopted.recorded()).containsExactly(drizzle.tag(0), drizzle.tag(1));
        assertThat(adopted.converted()).isTrue();
        assertThat(adopted.skipped()).isEmpty();
        assertThat(adopted.message()).startsWith("Adopted ").contains("recorded 2 migrations applied by drizzle");
        assertThat(Files.readString(drizzle.sqlFile(0))).isEqualTo(sqlBefore);
        assertThat(drizzle.folder.resolve(SumFile.FILE)).exists();
        assertThat(drizzle.folder.resolve("meta/drizzle-kit/_journal.json")).exists();
        assertThat(drizzle.folder.resolve("meta/drizzle-kit/0001_snapshot.json"))
                .exists();
        if (dialect == Dialect.MYSQL) {
            assertThat(adopted.warnings())
                    .contains("meta/0001_snapshot.json: table users, column id: int AUTO_INCREMENT is read as"
                            + " Storium's serial, which is bigint on MySQL; the database keeps its int column");
        } else {
            assertThat(adopted.warnings()).isEmpty();
        }

        MigrateResult migrated = Storium.migrate(config, MigrateOptions.DEFAULTS);
        assertThat(migrated.success()).as(migrated.message()).isTrue();
        assertThat(migrated.applied()).isEmpty();
        assertThat(migrated.message()).contains("up to date");

        GenerateResult same = Storium.generate(config, BlogFixture.schema(dialect, false), GenerateOptions.DEFAULTS);
        assertThat(same.success()).as(same.message()).isTrue();
        assertThat(same.file()).as(same.message()).isNull();
        assertThat(same.message()).startsWith("Nothing to generate");

        PushResult push = Push.run(config, BlogFixture.schema(dialect, false), PushOptions.DEFAULTS);
        assertThat(push.success()).as(push.message()).isTrue();
        assertThat(push.statements()).noneMatch(statement -> statement.contains("__drizzle_migrations"));
        if (dialect != Dialect.SQLITE) { // drizzle-kit leaves SQLite's foreign keys unnamed: push rebuilds to name them
            assertThat(push.statements()).as(push.message()).isEmpty();
        }
        assertThat(drizzleRows(dialect)).hasSize(2);

        AdoptResult again = Storium.adopt(config, AdoptOptions.DEFAULTS);
        assertThat(again.success()).as(again.message()).isTrue();
        assertThat(again.recorded()).isEmpty();
        assertThat(again.converted()).isFalse();
        assertThat(again.message()).startsWith("Already adopted").contains("Nothing changed");

        GenerateResult next = Storium.generate(
                config, BlogFixture.schema(dialect, true), new GenerateOptions("post_views", false, false));
        assertThat(next.success()).as(next.message()).isTrue();
        assertThat(next.file().getFileName().toString()).isEqualTo("0002_post_views.sql");
        MigrateResult applied = Storium.migrate(config, MigrateOptions.DEFAULTS);
        assertThat(applied.success()).as(applied.message()).isTrue();
        assertThat(applied.applied()).containsExactly("0002_post_views");
        assertThat(drizzleRows(dialect)).hasSize(2);
    }

    /** The hashes drizzle's table holds, in order: adopt leaves them as they were. */
    private List<String> drizzleRows(Dialect dialect) throws Exception {
        String table = dialect == Dialect.POSTGRESQL ? "drizzle.__drizzle_migrations" : "__drizzle_migrations";
        List<String> hashes = new ArrayList<>();
        try (Connection connection = databases.connect(dialect);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT hash FROM " + table + " ORDER BY created_at")) {
            while (rows.next()) {
                hashes.add(rows.getString(1));
            }
        }
        return hashes;
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "SQLITE"})
    void aFileEditedAfterItWasAppliedStopsAdoptAndChangesNothing(Dialect dialect) throws Exception {
        DrizzleProject drizzle = blog(dialect);
        Files.writeString(drizzle.sqlFile(1), Files.readString(drizzle.sqlFile(1)) + "\n-- edited");
        StoriumConfig config = databases.config(dialect, drizzle.folder);

        AdoptResult result = Storium.adopt(config, AdoptOptions.DEFAULTS);

        assertThat(result.success()).isFalse();
        assertThat(result.error().code()).isEqualTo(ErrorCode.MIGRATION_FOLDER);
        assertThat(result.message())
                .contains("1 applied migration of ")
                .contains("cannot be verified. Nothing was changed.")
                .contains(drizzle.tag(1) + ".sql was edited after drizzle applied it: its SHA-256 is now ")
                .contains("Fix: restore the file as it was applied (git log -p -- " + drizzle.sqlFile(1));
        assertThat(drizzle.folder.resolve(SumFile.FILE)).doesNotExist();
        assertThat(drizzle.folder.resolve("meta/drizzle-kit")).doesNotExist();
        assertThat(historyExists(dialect, config)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"SQLITE"})
    void aMissingFileStopsAdopt(Dialect dialect) throws Exception {
        DrizzleProject drizzle = blog(dialect);
        Files.delete(drizzle.sqlFile(0));
        StoriumConfig config = databases.config(dialect, drizzle.folder);

        AdoptResult result = Storium.adopt(config, AdoptOptions.DEFAULTS);

        assertThat(result.success()).isFalse();
        assertThat(result.message())
                .contains(drizzle.tag(0) + ".sql was applied (__drizzle_migrations ")
                .contains("with created_at " + BlogFixture.FIRST + ") but is missing from " + drizzle.folder)
                .contains("Fix: restore it from version control (git checkout -- " + drizzle.sqlFile(0) + ")");
        assertThat(historyExists(dialect, config)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "SQLITE"})
    void aFileOlderThanTheLastAppliedOneIsReportedAsSkipped(Dialect dialect) throws Exception {
        DrizzleProject drizzle = blog(dialect);
        // merged from another branch after the database was migrated: generated between the two applied files
        drizzle.add(
                "late_tags",
                BlogFixture.FIRST + 50_000,
                List.of(
                        dialect == Dialect.POSTGRESQL
                                ? "CREATE TABLE \"tags\" (\n\t\"name\" text PRIMARY KEY NOT NULL\n);\n"
                                : "CREATE TABLE `tags` (\n\t`name` text PRIMARY KEY NOT NULL\n);\n"),
                BlogFixture.tables(dialect, true),
                BlogFixture.enums(dialect));
        try (Connection connection = databases.connect(dialect)) {
            drizzle.migrate(connection); // the migrator skips it: its when is below the greatest created_at
        }
        StoriumConfig config = databases.config(dialect, drizzle.folder);

        AdoptResult result = Storium.adopt(config, AdoptOptions.DEFAULTS);

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.recorded()).containsExactly(drizzle.tag(0), drizzle.tag(1));
        assertThat(result.skipped()).containsExactly(drizzle.tag(2));
        assertThat(result.message()).contains("Skipped by drizzle's migrator: " + drizzle.tag(2) + ".");
        assertThat(result.warnings())
                .anyMatch(w -> w.startsWith(drizzle.tag(2) + ".sql was never applied: drizzle's migrator skipped it"
                                + " because it is older")
                        && w.contains("than " + drizzle.tag(1) + ".sql, the last migration")
                        && w.contains("-Dstorium.outOfOrder=true"));
        MigrateResult migrate = Storium.migrate(config, MigrateOptions.DEFAULTS);
        assertThat(migrate.success()).isFalse();
        assertThat(migrate.message()).contains(drizzle.tag(2));
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"SQLITE"})
    void aRowWhoseMigrationIsGoneFromTheJournalStopsAdopt(Dialect dialect) throws Exception {
        DrizzleProject drizzle = blog(dialect);
        Path journal = drizzle.folder.resolve("meta/_journal.json");
        Files.writeString(
                journal, Files.readString(journal).replace(String.valueOf(BlogFixture.SECOND), "1717000200000"));
        StoriumConfig config = databases.config(dialect, drizzle.folder);

        AdoptResult result = Storium.adopt(config, AdoptOptions.DEFAULTS);

        assertThat(result.success()).isFalse();
        assertThat(result.message())
                .contains("- __drizzle_migrations has the row with created_at " + BlogFixture.SECOND)
                .contains("but no entry of " + drizzle.folder + "/meta/_journal.json has that when: the migration it"
                        + " recorded is missing from the folder. Fix: restore the migration and its journal entry from"
                        + " version control");
        assertThat(historyExists(dialect, config)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"SQLITE"})
    void fromAnotherFolderWritesTheStoriumDirectoryToOutAndLeavesDrizzlesAlone(Dialect dialect) throws Exception {
        DrizzleProject drizzle = blog(dialect);
        String journalBefore = Files.readString(drizzle.folder.resolve("meta/_journal.json"));
        Path out = project.resolve("migrations");
        StoriumConfig config = databases.config(dialect, out);

        AdoptResult result = Storium.adopt(config, new AdoptOptions(drizzle.folder));

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.recorded()).containsExactly(drizzle.tag(0), drizzle.tag(1));
        assertThat(Files.readString(out.resolve(drizzle.tag(0) + ".sql")))
                .isEqualTo(Files.readString(drizzle.sqlFile(0)));
        assertThat(Files.readString(drizzle.folder.resolve("meta/_journal.json")))
                .isEqualTo(journalBefore);
        assertThat(drizzle.folder.resolve(SumFile.FILE)).doesNotExist();
        assertThat(out.resolve("meta/drizzle-kit")).doesNotExist();
        GenerateResult same = Storium.generate(config, BlogFixture.schema(dialect, false), GenerateOptions.DEFAULTS);
        assertThat(same.message()).startsWith("Nothing to generate");
        assertThat(Storium.migrate(config, MigrateOptions.DEFAULTS).applied()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"SQLITE"})
    void aLastSnapshotThatCannotBeConvertedStopsAdoptAndChangesNothing(Dialect dialect) throws Exception {
        DrizzleProject drizzle = blog(dialect);
        Path snapshot = drizzle.folder.resolve("meta/0001_snapshot.json");
        Files.writeString(snapshot, Files.readString(snapshot).replace("\"'draft'\"", "\"(lower('DRAFT'))\""));
        StoriumConfig config = databases.config(dialect, drizzle.folder);

        AdoptResult result = Storium.adopt(config, AdoptOptions.DEFAULTS);

        assertThat(result.success()).isFalse();
        assertThat(result.error().code()).isEqualTo(ErrorCode.UNSUPPORTED);
        assertThat(result.message())
                .contains("its last snapshot meta/0001_snapshot.json cannot be converted into Storium's schema")
                .contains("- meta/0001_snapshot.json: table posts, column status: its default lower('DRAFT') is an"
                        + " expression Storium's model cannot hold")
                .contains("Nothing was changed.");
        assertThat(drizzle.folder.resolve(SumFile.FILE)).doesNotExist();
        assertThat(historyExists(dialect, config)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void h2AndAnOlderJournalFormatAreRefusedWithTheirFix() throws Exception {
        AdoptResult h2 = Storium.adopt(databases.config(Dialect.MEMORY, project), AdoptOptions.DEFAULTS);
        assertThat(h2.success()).isFalse();
        assertThat(h2.error().code()).isEqualTo(ErrorCode.UNSUPPORTED);
        assertThat(h2.message())
                .isEqualTo(
                        "Cannot adopt an H2 database: drizzle-orm migrates PostgreSQL, MySQL/MariaDB and SQLite. Fix:"
                                + " configure the url and dialect of the database drizzle migrated.");

        DrizzleProject drizzle = blog(Dialect.SQLITE);
        Path journal = drizzle.folder.resolve("meta/_journal.json");
        Files.writeString(journal, Files.readString(journal).replace("\"version\" : \"7\"", "\"version\" : \"5\""));
        AdoptResult old = Storium.adopt(databases.config(Dialect.SQLITE, drizzle.folder), AdoptOptions.DEFAULTS);
        assertThat(old.success()).isFalse();
        assertThat(old.message())
                .isEqualTo("Cannot adopt the drizzle-kit folder " + drizzle.folder + ": meta/_journal.json has format"
                        + " version '5', adopt reads drizzle-kit's version 7. Nothing was changed. Fix: run npx"
                        + " drizzle-kit up with your drizzle-kit to upgrade the folder, commit, then adopt.");
    }

    private static boolean historyExists(Dialect dialect, StoriumConfig config) throws Exception {
        try (Connection connection = databases.connect(dialect)) {
            return new dev.storium.internal.history.History(config.migrationsTable()).exists(connection);
        }
    }
}
