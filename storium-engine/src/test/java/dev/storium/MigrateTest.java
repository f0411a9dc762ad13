package dev.storium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.internal.history.HistoryRow;
import dev.storium.internal.migrate.MigrationFiles;
import dev.storium.options.MigrateOptions;
import dev.storium.result.BaselineResult;
import dev.storium.result.MigrateResult;
import dev.storium.result.RepairResult;
import dev.storium.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** migrate, repair and baseline through the facade, on a real database of every dialect. */
class MigrateTest {
    static TestDatabases databases;

    @TempDir
    Path project;

    @BeforeAll
    static void create() {
        databases = TestDatabases.forPurpose("migrate");
    }

    @AfterAll
    static void drop() {
        databases.close();
    }

    private MigrationFiles files(Dialect dialect) {
        databases.reset(dialect);
        return MigrationFiles.in(project, dialect, databases.url(dialect));
    }

    /** The database as messages show it: its URL with the password masked. */
    static String shown(MigrationFiles files) {
        return dev.storium.config.Redaction.url(files.config().url());
    }

    /** Three ordinary migrations: users, posts with a foreign key and an index, tags. */
    static void addThree(MigrationFiles files) {
        files.add("users", "CREATE TABLE users (id INT NOT NULL PRIMARY KEY, email VARCHAR(100) NOT NULL)");
        files.add(
                "posts",
                "CREATE TABLE posts (id INT NOT NULL PRIMARY KEY, user_id INT NOT NULL,"
                        + " FOREIGN KEY (user_id) REFERENCES users (id))",
                "CREATE INDEX posts_user_idx ON posts (user_id)");
        files.add("tags", "CREATE TABLE tags (id INT NOT NULL PRIMARY KEY, name VARCHAR(50))");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void appliesThePendingFilesInOrderThenFindsNothingToDo(Dialect dialect) throws Exception {
        MigrationFiles files = files(dialect);
        addThree(files);

        MigrateResult first = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);

        assertThat(first.success()).as(first.message()).isTrue();
        assertThat(first.applied()).containsExactly("0000_users", "0001_posts", "0002_tags");
        assertThat(first.message())
                .startsWith("Applied 3 migrations in ")
                .endsWith(" ms: 0000_users, 0001_posts, 0002_tags. The database is now at 0002_tags"
                        + " (3 migrations applied).");
        assertThat(files.hasTable("users") && files.hasTable("posts") && files.hasTable("tags"))
                .isTrue();
        Map<String, HistoryRow> history = files.history();
        assertThat(history.keySet()).containsExactlyInAnyOrder("0000_users", "0001_posts", "0002_tags");
        assertThat(history.values()).allSatisfy(row -> {
            assertThat(row.success()).isTrue();
            assertThat(row.sha256()).hasSize(64);
            assertThat(row.journalWhen()).isPositive();
            assertThat(row.appliedAt()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        });

        MigrateResult again = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);
        assertThat(again.success()).isTrue();
        assertThat(again.applied()).isEmpty();
        assertThat(again.message()).isEqualTo("Schema is up to date: 3 migrations applied, none pending.");

        files.add("users_name", "ALTER TABLE users ADD COLUMN name VARCHAR(50)");
        MigrateResult fourth = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);
        assertThat(fourth.applied()).containsExactly("0003_users_name");
        assertThat(fourth.message()).endsWith("The database is now at 0003_users_name (4 migrations applied).");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anEditedAppliedFileIsRefusedUntilRepairAcceptsItsNewHash(Dialect dialect) throws Exception {
        MigrationFiles files = files(dialect);
        addThree(files);
        assertThat(Storium.migrate(files.config(), MigrateOptions.DEFAULTS).success())
                .isTrue();
        String before = files.history().get("0001_posts").sha256();
        files.rewrite("0001_posts", files.text("0001_posts") + "\n-- reviewed\n");
        files.add("more", "CREATE TABLE more_things (id INT NOT NULL PRIMARY KEY)");

        MigrateResult refused = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);

        assertThat(refused.success()).isFalse();
        assertThat(refused.error().code()).isEqualTo(ErrorCode.MIGRATION_FOLDER);
        assertThat(refused.message())
                .startsWith("Cannot migrate " + shown(files) + ": the migrations in "
                        + files.config().out()
                        + " disagree with the history table __storium_migrations (1 problem):\n  - 0001_posts.sql was"
                        + " edited after it was applied on ")
                .contains(", the history holds " + before.substring(0, 12) + ". Fix:")
                .endsWith(". Fix: restore it (git checkout -- 0001_posts.sql), or if the edit is deliberate run mvn"
                        + " storium:repair to accept the new hash.\nNothing was applied.");
        assertThat(files.hasTable("more_things")).as("nothing applied").isFalse();

        RepairResult repaired = Storium.repair(files.config());
        assertThat(repaired.success()).as(repaired.message()).isTrue();
        assertThat(repaired.changes())
                .singleElement()
                .asString()
                .startsWith("Accepted the edited 0001_posts.sql: stored SHA-256 " + before + " replaced by ");
        assertThat(repaired.message()).isEqualTo("Repaired __storium_migrations: 1 change.");
        assertThat(files.history().get("0001_posts").sha256()).isNotEqualTo(before);

        MigrateResult after = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);
        assertThat(after.applied()).containsExactly("0003_more");
        RepairResult nothing = Storium.repair(files.config());
        assertThat(nothing.message())
                .isEqualTo("Nothing to repair: every row of __storium_migrations matches its file.");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aMissingAppliedFileIsRefusedNamingItsRow(Dialect dialect) throws Exception {
        MigrationFiles files = files(dialect);
        addThree(files);
        assertThat(Storium.migrate(files.config(), MigrateOptions.DEFAULTS).success())
                .isTrue();
        files.removeLast();

        MigrateResult refused = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);

        assertThat(refused.success()).isFalse();
        assertThat(refused.error().code()).isEqualTo(ErrorCode.MIGRATION_FOLDER);
        assertThat(refused.message())
                .contains("(1 problem):\n  - 0002_tags.sql was applied on ")
                .endsWith(" but is missing from " + files.config().out() + ". Fix: restore it from version control:"
                        + " git checkout -- " + files.file("0002_tags") + " (when a commit deleted it, git log"
                        + " --diff-filter=D -- " + files.file("0002_tags") + " names that commit; git checkout"
                        + " <commit>^ -- " + files.file("0002_tags") + " brings it back). An applied migration stays"
                        + " in the directory: its history row records what the database holds.\nNothing was"
                        + " applied.")
                .doesNotContain("DELETE");
        RepairResult repair = Storium.repair(files.config());
        assertThat(repair.changes()).isEmpty();
        assertThat(repair.message())
                .isEqualTo("Nothing to repair: every row of __storium_migrations matches its file. Left alone:"
                        + " 0002_tags applied but without a file in "
                        + files.config().out()
                        + "; restore each file from version control (git checkout -- <file>): an applied migration"
                        + " stays in the directory.");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aPendingFileOlderThanTheNewestAppliedIsRefusedThenAppliedWithOutOfOrder(Dialect dialect) throws Exception {
        MigrationFiles files = files(dialect);
        addThree(files);
        assertThat(Storium.migrate(files.config(), MigrateOptions.DEFAULTS).success())
                .isTrue();
        // as if 0001_posts came from another branch, merged after 0002_tags was applied here
        files.execute("DROP TABLE posts", "DELETE FROM __storium_migrations WHERE tag = '0001_posts'");

        MigrateResult refused = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);

        assertThat(refused.success()).isFalse();
        assertThat(refused.error().code()).isEqualTo(ErrorCode.MIGRATION_FOLDER);
        assertThat(refused.message())
                .contains("(1 problem):\n  - 0001_posts.sql is pending but older than 0002_tags.sql, the newest"
                        + " applied migration (journal: idx 1 generated ")
                .endsWith("): it was probably merged from another branch. Fix: check that it still fits the schema as"
                        + " it is now, then apply it with -Dstorium.outOfOrder=true.\nNothing was applied.");
        assertThat(files.hasTable("posts")).isFalse();

        MigrateResult applied = Storium.migrate(files.config(), new MigrateOptions(true, false));
        assertThat(applied.success()).as(applied.message()).isTrue();
        assertThat(applied.applied()).containsExactly("0001_posts");
        assertThat(files.hasTable("posts")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyProblemIsReportedInOneMessage(Dialect dialect) throws Exception {
        MigrationFiles files = files(dialect);
        addThree(files);
        files.add("extra", "CREATE TABLE extra (id INT NOT NULL PRIMARY KEY)");
        assertThat(Storium.migrate(files.config(), MigrateOptions.DEFAULTS).success())
                .isTrue();
        files.execute("DROP TABLE posts", "DELETE FROM __storium_migrations WHERE tag = '0001_posts'");
        files.rewrite("0000_users", files.text("0000_users").replace("100", "200"));
        files.removeLast();

        MigrateResult refused = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);

        assertThat(refused.message())
                .contains("(3 problems):\n  - 0000_users.sql was edited after it was applied")
                .contains("\n  - 0003_extra.sql was applied on ")
                .contains("\n  - 0001_posts.sql is pending but older than 0002_tags.sql")
                .endsWith("\nNothing was applied.");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDryRunPrintsWhatWouldRunAndChangesNothing(Dialect dialect) throws Exception {
        MigrationFiles files = files(dialect);
        addThree(files);

        MigrateResult dry = Storium.migrate(files.config(), new MigrateOptions(false, true));

        assertThat(dry.success()).as(dry.message()).isTrue();
        assertThat(dry.applied()).containsExactly("0000_users", "0001_posts", "0002_tags");
        assertThat(dry.message())
                .isEqualTo("Dry run: 3 migrations would be applied to " + shown(files)
                        + ": 0000_users, 0001_posts, 0002_tags. Nothing was changed.");
        assertThat(files.hasTable("users")).isFalse();
        assertThat(files.hasTable("__storium_migrations")).isFalse();
        assertThat(files.hasTable("__storium_migrations_lock")).isFalse();

        assertThat(Storium.migrate(files.config(), MigrateOptions.DEFAULTS).success())
                .isTrue();
        files.add("more", "CREATE TABLE more_things (id INT NOT NULL PRIMARY KEY)");
        MigrateResult dryAgain = Storium.migrate(files.config(), new MigrateOptions(false, true));
        assertThat(dryAgain.applied()).containsExactly("0003_more");
        assertThat(files.hasTable("more_things")).isFalse();
        assertThat(files.history()).doesNotContainKey("0003_more");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void crlfAndLfLineEndingsHashTheSame(Dialect dialect) throws Exception {
        MigrationFiles files = files(dialect);
        addThree(files);
        assertThat(Storium.migrate(files.config(), MigrateOptions.DEFAULTS).success())
                .isTrue();
        files.rewrite("0001_posts", files.text("0001_posts").replace("\n", "\r\n"));
        files.rewrite("0002_tags", files.text("0002_tags").replace("\n", "\r"));

        MigrateResult again = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);

        assertThat(again.message()).isEqualTo("Schema is up to date: 3 migrations applied, none pending.");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void baselineMarksAnExistingSchemaThenMigrateAppliesOnlyTheRest(Dialect dialect) throws Exception {
        MigrationFiles files = files(dialect);
        addThree(files);
        files.execute(
                "CREATE TABLE users (id INT NOT NULL PRIMARY KEY, email VARCHAR(100) NOT NULL)",
                "CREATE TABLE posts (id INT NOT NULL PRIMARY KEY, user_id INT NOT NULL,"
                        + " FOREIGN KEY (user_id) REFERENCES users (id))");

        BaselineResult unknown = Storium.baseline(files.config(), "7");
        assertThat(unknown.success()).isFalse();
        assertThat(unknown.message())
                .isEqualTo("Cannot baseline at '7': no migration in "
                        + files.config().out() + " has that tag or"
                        + " number (they are 0000_users, 0001_posts, 0002_tags). Fix: name the last migration the"
                        + " database already has, by its tag (such as 0003_add_posts) or its number (3).");

        BaselineResult baseline = Storium.baseline(files.config(), "0001");
        assertThat(baseline.success()).as(baseline.message()).isTrue();
        assertThat(baseline.marked()).containsExactly("0000_users", "0001_posts");
        assertThat(baseline.message())
                .isEqualTo("Baselined " + shown(files) + " at 0001_posts: 2 migrations marked as applied"
                        + " without running them; migrate will apply the 1 migration after it.");

        MigrateResult migrate = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);
        assertThat(migrate.success()).as(migrate.message()).isTrue();
        assertThat(migrate.applied()).containsExactly("0002_tags");

        BaselineResult twice = Storium.baseline(files.config(), "0000_users");
        assertThat(twice.success()).isFalse();
        assertThat(twice.error().code()).isEqualTo(ErrorCode.MIGRATION_FOLDER);
        assertThat(twice.message())
                .isEqualTo("Cannot baseline " + shown(files) + ": its history table __storium_migrations"
                        + " already has 3 migrations (0000_users, 0001_posts, 0002_tags). Baseline is for a database"
                        + " Storium has never migrated. Fix: run mvn storium:migrate instead.");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void nothingToMigrateInAnEmptyDirectory(Dialect dialect) throws Exception {
        MigrationFiles files = files(dialect);
        MigrateResult result = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);
        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.message()).isEqualTo("Schema is up to date: 0 migrations applied, none pending.");
        assertThat(List.copyOf(files.history().keySet())).isEmpty();
    }

    @Test
    void thePasswordNeverAppearsInMessages() throws Exception {
        databases.reset(Dialect.POSTGRESQL);
        // the test server trusts local connections, so the password is accepted and ignored
        MigrationFiles files =
                MigrationFiles.in(project, Dialect.POSTGRESQL, databases.url(Dialect.POSTGRESQL) + "&password=hunter2");
        addThree(files);
        files.add("broken", "INSERT INTO no_such_table (secret) VALUES ('hunter2')");

        MigrateResult dry = Storium.migrate(files.config(), new MigrateOptions(false, true));
        MigrateResult failed = Storium.migrate(files.config(), MigrateOptions.DEFAULTS);

        assertThat(dry.message()).contains("password=****").doesNotContain("hunter2");
        assertThat(failed.success()).isFalse();
        assertThat(failed.applied()).hasSize(3);
        assertThat(failed.message()).contains("VALUES ('****')").doesNotContain("hunter2");
    }
}
