package dev.storium.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.StoriumException;
import dev.storium.internal.migrate.MigrationFiles;
import dev.storium.internal.migration.MigrationSql;
import dev.storium.options.MigrateOptions;
import dev.storium.options.SchemaSource;
import dev.storium.result.MigrateResult;
import dev.storium.result.StatusResult;
import dev.storium.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The message bugs of a hostile run of bad inputs (issue 16): each input as a user would make it, and the message that
 * says what happened, the facts and a fix that is safe to follow.
 */
class HostileInputTest {
    static TestDatabases databases;

    @TempDir
    Path project;

    @BeforeAll
    static void create() {
        databases = TestDatabases.forPurpose("hostile");
    }

    @AfterAll
    static void drop() {
        databases.close();
    }

    private MigrationFiles files() {
        return files(Dialect.SQLITE);
    }

    private MigrationFiles files(Dialect dialect) {
        databases.reset(dialect);
        return MigrationFiles.in(project, dialect, databases.url(dialect));
    }

    private static void addTwo(MigrationFiles files) {
        files.add("users", "CREATE TABLE users (id INT NOT NULL PRIMARY KEY)");
        files.add("posts", "CREATE TABLE posts (id INT NOT NULL PRIMARY KEY)");
    }

    private static MigrateResult migrate(StoriumConfig config) {
        return Storium.migrate(config, MigrateOptions.DEFAULTS);
    }

    private static StoriumConfig withOut(StoriumConfig c, Path out) {
        return new StoriumConfig(
                c.dialect(),
                c.url(),
                c.user(),
                c.password(),
                c.schema(),
                c.stores(),
                out,
                c.seeds(),
                c.assertions(),
                c.pool(),
                c.baseDir(),
                c.source(),
                c.migrationsTable());
    }

    @Test
    void anAppliedFileDeletedFromTheFolderIsSaidToBeAppliedAndRestoredFromGitFirst() {
        MigrationFiles files = files();
        addTwo(files);
        assertThat(migrate(files.config()).success()).isTrue();
        files.file("0001_posts").toFile().delete();

        MigrateResult result = migrate(files.config());

        assertThat(result.success()).isFalse();
        assertThat(result.message())
                .contains("0001_posts.sql does not exist")
                .contains("0001_posts was applied to " + files.config().url())
                .contains("restore it from version control first: git checkout -- ")
                .contains("never remove the journal entry of an applied migration");
        assertThat(result.message()).startsWith("0001_posts.sql is missing, but 0001_posts was applied to ");
        assertThat(result.message())
                .doesNotContain("remove an incomplete migration")
                .doesNotContain("DELETE");
    }

    @Test
    void anOutFolderThatDoesNotExistIsSaidToBeMissingAndNoHistoryIsDeleted() {
        MigrationFiles files = files();
        addTwo(files);
        assertThat(migrate(files.config()).success()).isTrue();
        Path typo = project.resolve("migration");

        MigrateResult result = migrate(withOut(files.config(), typo));

        assertThat(result.success()).isFalse();
        assertThat(result.message())
                .startsWith("The migrations directory " + typo + " does not exist, but the history table"
                        + " __storium_migrations of " + databases.url(Dialect.SQLITE)
                        + " holds 2 applied migrations (0000_users, 0001_posts).")
                .contains("Fix: check `out` (-Dstorium.out")
                .doesNotContain("DELETE");
        assertThat(typo).doesNotExist();
    }

    @Test
    void aMissingFileOfTheHistoryIsRestoredNeverDeleted() {
        MigrationFiles files = files();
        addTwo(files);
        assertThat(migrate(files.config()).success()).isTrue();
        files.removeLast();

        MigrateResult result = migrate(files.config());

        assertThat(result.success()).isFalse();
        assertThat(result.message())
                .contains("0001_posts.sql was applied on ")
                .contains("restore it from version control")
                .doesNotContain("DELETE");
    }

    @Test
    void aCustomMigrationStillHoldingItsPlaceholderIsRefusedAsNotYetWritten() throws Exception {
        MigrationFiles files = files();
        files.add("users", "CREATE TABLE users (id INT NOT NULL PRIMARY KEY)");
        files.addText("custom", MigrationSql.CUSTOM_PLACEHOLDER + "\n");

        MigrateResult result = migrate(files.config());

        assertThat(result.success()).isFalse();
        assertThat(result.message())
                .contains("0001_custom.sql is a custom migration not written yet: it holds only the comment"
                        + " generate put there")
                .contains("Nothing was applied. Fix: write its SQL below the comment, then run mvn storium:rehash")
                .doesNotContain("finalized");
        assertThat(files.hasTable("users")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aHistoryRowDeletedByHandPointsAtHistoryAndDatabaseDisagreeingAndAtBaseline(Dialect dialect) throws Exception {
        MigrationFiles files = files(dialect);
        addTwo(files);
        assertThat(migrate(files.config()).success()).isTrue();
        files.execute("DELETE FROM __storium_migrations WHERE tag = '0001_posts'");

        MigrateResult result = migrate(files.config());

        assertThat(result.success()).isFalse();
        assertThat(result.message())
                .contains("already exists")
                .contains("the history table __storium_migrations and the database disagree")
                .contains("run mvn storium:baseline -Dstorium.target=0001_posts")
                .doesNotContain("Applied before the failure");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aTableNamedLikeTheHistoryButOfAnotherShapeNamesMigrationsTable(Dialect dialect) throws Exception {
        MigrationFiles files = files(dialect);
        addTwo(files);
        files.execute("CREATE TABLE __storium_migrations (id INT, note VARCHAR(20))");

        MigrateResult result = migrate(files.config());

        assertThat(result.success()).isFalse();
        assertThat(result.message())
                .startsWith("The table __storium_migrations of "
                        + files.config().url().replaceAll("[;?].*", ""))
                .contains(" is not a Storium history table")
                .containsIgnoringCase("it has the columns id, note")
                .contains("set `migrationsTable`")
                .doesNotContain("permission");
    }

    @Test
    void anUnknownHostKeepsTheCauseAndNoMessageEndsInTwoDots() {
        MigrateResult result = migrate(unknownHost());

        assertThat(result.success()).isFalse();
        assertThat(result.message())
                .contains("Cannot connect to the database at jdbc:postgresql://no-such-host.invalid:5432/app")
                .contains("UnknownHostException: no-such-host.invalid")
                .doesNotContain("..")
                .doesNotContain("s3cret-word");
    }

    @Test
    void anUnknownHostThroughThePoolKeepsTheCauseToo() {
        assertThatThrownBy(() -> Storium.connect(unknownHost()).close())
                .isInstanceOf(StoriumException.class)
                .hasMessageContaining(
                        "Cannot connect to the database at jdbc:postgresql://no-such-host.invalid:5432/app")
                .hasMessageContaining("UnknownHostException: no-such-host.invalid")
                .hasMessageNotContaining("..")
                .hasMessageNotContaining("s3cret-word");
    }

    /** A PostgreSQL URL whose host does not resolve ({@code .invalid} never does), with a password to keep hidden. */
    private StoriumConfig unknownHost() {
        return new StoriumConfig(
                Dialect.POSTGRESQL,
                "jdbc:postgresql://no-such-host.invalid:5432/app",
                "postgres",
                "s3cret-word",
                List.of(),
                List.of(),
                project.resolve("postgresql-migrations"),
                List.of(),
                Map.of(),
                null,
                project,
                "storium.config.yaml",
                null);
    }

    @Test
    void statusOnASqliteFileThatDoesNotExistCreatesNothing() throws Exception {
        MigrationFiles files = files();
        addTwo(files);
        Path db = project.resolve("absent.db");
        StoriumConfig config = files.config();
        StoriumConfig absent = new StoriumConfig(
                config.dialect(),
                "jdbc:sqlite:" + db,
                null,
                null,
                List.of(),
                List.of(),
                config.out(),
                List.of(),
                Map.of(),
                null,
                project,
                config.source(),
                null);

        Path classes = Files.createDirectories(project.resolve("classes"));
        StatusResult result = Storium.status(absent, new SchemaSource(getClass().getClassLoader(), List.of(classes)));

        assertThat(db).doesNotExist();
        assertThat(result.message()).contains("The SQLite database file " + db + " does not exist yet");
    }

    @Test
    void statusOnAnH2FileThatDoesNotExistCreatesNothing() throws Exception {
        MigrationFiles files = MigrationFiles.in(project, Dialect.MEMORY, "jdbc:h2:" + project.resolve("data/app"));
        files.add("users", "CREATE TABLE users (id INT NOT NULL PRIMARY KEY)");
        Path classes = Files.createDirectories(project.resolve("classes"));

        StatusResult result =
                Storium.status(files.config(), new SchemaSource(getClass().getClassLoader(), List.of(classes)));

        assertThat(project.resolve("data")).doesNotExist();
        assertThat(result.message())
                .contains("The H2 database file " + project.resolve("data/app.mv.db") + " does not exist yet: status"
                        + " only reads, and created nothing.");
    }

    @Test
    void gitConflictMarkersInsideASqlFileAreCaughtBeforeTheDatabase() throws Exception {
        MigrationFiles files = files();
        files.add("users", "CREATE TABLE users (id INT NOT NULL PRIMARY KEY)");
        files.addText(
                "posts",
                "CREATE TABLE a (id INT);\n<<<<<<< HEAD\nCREATE TABLE b (id INT);\n=======\nCREATE TABLE c (id INT);\n"
                        + ">>>>>>> feature\n");

        MigrateResult result = migrate(files.config());

        assertThat(result.success()).isFalse();
        assertThat(result.message())
                .contains("0001_posts.sql holds an unresolved git merge (conflict markers from line 2: <<<<<<< HEAD);"
                        + " none of its statements was run")
                .contains("mvn storium:rebase");
        assertThat(files.hasTable("users")).isFalse();
    }

    @Test
    void aByteThatIsNotUtf8IsRefusedWithItsLine() throws Exception {
        MigrationFiles files = files();
        Path file = files.add("users", "CREATE TABLE users (id INT NOT NULL PRIMARY KEY)");
        byte[] text = "CREATE TABLE users (\n  id INT NOT NULL PRIMARY KEY,\n  name VARCHAR(20) DEFAULT 'caf"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[text.length + 4];
        System.arraycopy(text, 0, bytes, 0, text.length);
        bytes[text.length] = (byte) 0xE9; // Latin-1 é
        bytes[text.length + 1] = '\'';
        bytes[text.length + 2] = ')';
        bytes[text.length + 3] = '\n';
        Files.write(file, bytes);

        MigrateResult result = migrate(files.config());

        assertThat(result.success()).isFalse();
        assertThat(result.message())
                .contains(file + " is not UTF-8 text: line 3, column 32 holds the byte 0xE9")
                .contains("save the file as UTF-8");
    }
}
