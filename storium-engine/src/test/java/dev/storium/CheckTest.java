package dev.storium;

import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.internal.migration.TestProject;
import dev.storium.internal.sql.ScriptExecutor;
import dev.storium.options.CheckOptions;
import dev.storium.options.GenerateOptions;
import dev.storium.options.MigrateOptions;
import dev.storium.options.PushOptions;
import dev.storium.result.CheckResult;
import dev.storium.result.Finding;
import dev.storium.result.Finding.Section;
import dev.storium.result.GenerateResult;
import dev.storium.result.MigrateResult;
import dev.storium.result.PushResult;
import dev.storium.result.StatusResult;
import dev.storium.schema.TableDef;
import dev.storium.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** storium:check through the facade: offline, and against a real database of every dialect. */
class CheckTest {
    static TestDatabases databases;

    @TempDir
    Path dir;

    private TestProject project;

    @BeforeAll
    static void create() {
        databases = TestDatabases.forPurpose("check");
    }

    @AfterAll
    static void drop() {
        databases.close();
    }

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
    }

    private StoriumConfig offline(String version) {
        return project.config(Dialect.POSTGRESQL, version);
    }

    private StoriumConfig online(Dialect dialect, String version) {
        return project.config(dialect, version, databases.url(dialect), null);
    }

    /** Generates the migration of a schema version (data loss allowed); returns its tag. */
    private String generate(StoriumConfig config, boolean custom) {
        GenerateResult result = Storium.generate(config, TestProject.source(), new GenerateOptions(null, custom, true));
        assertThat(result.success()).as(result.message()).isTrue();
        return result.file().getFileName().toString().replace(".sql", "");
    }

    private static void migrate(StoriumConfig config) {
        MigrateResult result = Storium.migrate(config, MigrateOptions.DEFAULTS);
        assertThat(result.success()).as(result.message()).isTrue();
    }

    private static CheckResult check(StoriumConfig config) {
        return Storium.check(config, TestProject.source(), CheckOptions.DEFAULTS);
    }

    private static List<String> facts(CheckResult result, Section section) {
        return result.findings().stream()
                .filter(f -> f.section() == section)
                .map(Finding::fact)
                .collect(Collectors.toList());
    }

    @Test
    void offlineInSyncPassesAndSaysTheDatabaseWasNotChecked() {
        String tag = generate(offline("v1"), false);

        CheckResult result = check(offline("v1"));

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.findings()).isEmpty();
        assertThat(result.message())
                .isEqualTo("In sync: the code matches the last migration (" + tag + "), and the migrations directory"
                        + " (1 migration) is consistent; no database configured, so the history and drift were not"
                        + " checked.");
        assertThat(result.warnings())
                .singleElement()
                .asString()
                .startsWith("No database configured: pending migrations");
    }

    @Test
    void aSchemaChangeWithoutGenerateIsAFindingWithTheGenerateFix() {
        String tag = generate(offline("v1"), false);

        CheckResult result = check(offline("v2"));

        assertThat(result.success()).isFalse();
        assertThat(result.error().code()).isEqualTo(ErrorCode.CHECK);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.section()).isEqualTo(Section.CODE);
            assertThat(f.subject()).isEqualTo("users");
        });
        assertThat(result.message())
                .startsWith("Check failed: 1 finding.\nSchema in code vs the migrations (1):\n"
                        + "  - the code has a change that no migration holds: add column users.bio (compared with the"
                        + " last migration, " + tag + ")\n"
                        + "    Fix: run mvn storium:generate to write these changes as the next migration, review it"
                        + " and commit it with the code.");
    }

    @Test
    void twoMigrationsSharingANumberAreFolderFindings() throws Exception {
        generate(offline("v1"), false);
        String second = generate(offline("v2"), false);
        Files.copy(project.out().resolve(second + ".sql"), project.out().resolve("0001_from_other_branch.sql"));

        CheckResult result = check(online(Dialect.POSTGRESQL, "v2"));

        assertThat(result.success()).isFalse();
        assertThat(result.warnings())
                .containsExactly("The database was not checked: its history and schema are compared with the"
                        + " migrations directory, which must be consistent first.");
        assertThat(facts(result, Section.FOLDER))
                .contains("0001_from_other_branch.sql has no entry in meta/_journal.json")
                .anySatisfy(fact ->
                        assertThat(fact).contains("0001_from_other_branch.sql").contains(second));
        assertThat(result.message()).contains("Migrations directory (").contains("    Fix: two branches");
        assertThat(facts(result, Section.CODE))
                .as("nothing is compared to a broken directory")
                .isEmpty();
    }

    @Test
    void aHandEditedMigrationIsASumFinding() throws Exception {
        String tag = generate(offline("v1"), false);
        Path file = project.out().resolve(tag + ".sql");
        Files.writeString(file, Files.readString(file) + "\n--> statement-breakpoint\nDROP TABLE users;\n");

        CheckResult result = check(offline("v1"));

        assertThat(result.success()).isFalse();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.section()).isEqualTo(Section.SUM);
            assertThat(f.subject()).isEqualTo("meta/storium.sum");
            assertThat(f.fact()).contains(tag + ".sql");
            assertThat(f.fix()).contains("mvn storium:rehash");
        });
        assertThat(result.message()).startsWith("Check failed: 1 finding.\nSum file (1):\n  - ");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void inSyncWithTheDatabasePasses(Dialect dialect) {
        databases.reset(dialect);
        String tag = generate(online(dialect, "v1"), false);
        migrate(online(dialect, "v1"));

        CheckResult result = check(online(dialect, "v1"));

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.message())
                .isEqualTo("In sync: the code matches the last migration (" + tag + "), and the migrations directory"
                        + " (1 migration) is consistent; " + dev.storium.config.Redaction.url(databases.url(dialect))
                        + " has every migration applied and no drift.");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void pendingMigrationsAreFindingsAndTheirDestructiveChangesWarnings(Dialect dialect) throws Exception {
        databases.reset(dialect);
        generate(online(dialect, "v2"), false);
        migrate(online(dialect, "v2"));
        String dropEmail = generate(online(dialect, "v3"), false);
        String custom = generate(online(dialect, "v3"), true);
        Files.writeString(
                project.out().resolve(custom + ".sql"),
                "-- clean up\nDELETE FROM users WHERE bio IS NULL;\n--> statement-breakpoint\n"
                        + "CREATE INDEX users_bio_idx ON users (id);\n");

        CheckResult result = check(online(dialect, "v3"));

        assertThat(result.success()).isFalse();
        assertThat(facts(result, Section.DATABASE))
                .containsExactly(
                        dropEmail + ".sql is pending: " + dev.storium.config.Redaction.url(databases.url(dialect))
                                + " has not applied it",
                        custom + ".sql is pending: " + dev.storium.config.Redaction.url(databases.url(dialect))
                                + " has not applied it");
        assertThat(result.message()).contains("    Fix: run mvn storium:migrate");
        assertThat(facts(result, Section.DRIFT)).isEmpty();
        assertThat(result.warnings())
                .containsExactly(
                        "pending " + dropEmail + ".sql is destructive: drop column users.email: its values are"
                                + " deleted.",
                        "pending " + dropEmail + ".sql is destructive: drop column users.bio: its values are deleted.",
                        "pending " + custom + ".sql is destructive: custom SQL DELETE FROM users WHERE bio IS NULL;:"
                                + " DELETE FROM deletes data.");

        CheckResult strict = Storium.check(online(dialect, "v3"), TestProject.source(), new CheckOptions(true));
        assertThat(strict.warnings()).isEmpty();
        assertThat(facts(strict, Section.DESTRUCTIVE))
                .containsExactly(
                        dropEmail + ".sql: drop column users.email: its values are deleted",
                        dropEmail + ".sql: drop column users.bio: its values are deleted",
                        custom + ".sql: custom SQL DELETE FROM users WHERE bio IS NULL;: DELETE FROM deletes data");
        assertThat(strict.message()).contains("Destructive statements in pending migrations (3):");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void historyProblemsAreFindingsAndStatusStates(Dialect dialect) throws Exception {
        databases.reset(dialect);
        String first = generate(online(dialect, "v1"), false);
        String second = generate(online(dialect, "v2"), false);
        String third = generate(online(dialect, "v3"), false);
        migrate(online(dialect, "v3"));
        try (Connection connection = databases.connect(dialect)) {
            var statement = connection.createStatement();
            statement.execute("UPDATE __storium_migrations SET success = " + (dialect == Dialect.SQLITE ? "0" : "false")
                    + " WHERE tag = '" + first + "'");
            statement.execute("DELETE FROM __storium_migrations WHERE tag = '" + second + "'");
            statement.execute("UPDATE __storium_migrations SET sha256 = 'feedface' WHERE tag = '" + third + "'");
            statement.execute("INSERT INTO __storium_migrations (tag, sha256, journal_when, applied_at, execution_ms,"
                    + " success) VALUES ('0009_gone', 'abc', 1, '2026-01-01T00:00:00.000Z', 5, "
                    + (dialect == Dialect.SQLITE ? "1" : "true") + ")");
        }

        CheckResult result = check(online(dialect, "v3"));

        assertThat(result.success()).isFalse();
        List<String> facts = facts(result, Section.DATABASE);
        assertThat(facts).hasSize(4);
        assertThat(facts.get(0)).startsWith(first + ".sql failed on ");
        assertThat(facts.get(1))
                .startsWith(second + ".sql is pending but older than " + third + ".sql, the newest applied migration");
        assertThat(facts.get(2))
                .startsWith(third + ".sql was edited after it was applied on ")
                .endsWith(", the history holds feedface");
        assertThat(facts.get(3))
                .isEqualTo("0009_gone.sql was applied on 2026-01-01T00:00:00.000Z but is missing from "
                        + project.out().toAbsolutePath());
        assertThat(result.message())
                .contains("    Fix: restore it (git checkout -- " + third + ".sql), or if the edit is deliberate run"
                        + " mvn storium:repair to accept the new hash.")
                .contains("Fix: restore it from version control: git checkout -- "
                        + project.out().toAbsolutePath().resolve("0009_gone.sql"))
                .doesNotContain("DELETE");

        StatusResult status = Storium.status(online(dialect, "v3"), TestProject.source());
        assertThat(status.success()).as(status.message()).isTrue();
        assertThat(status.history())
                .extracting(m -> m.tag() + " " + m.state().label())
                .containsExactly(first + " failed", second + " out-of-order", third + " changed", "0009_gone missing");
        assertThat(status.message())
                .contains("\nDatabase: " + dev.storium.config.Redaction.url(databases.url(dialect))
                        + " (history table __storium_migrations): 1 out-of-order, 1 failed, 1 changed, 1 missing.\n  "
                        + first + " ")
                .containsPattern("\n  " + first + " +failed +applied \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z in \\d+ ms\n      "
                        + first + ".sql failed on ")
                .containsPattern(
                        "\n  0009_gone +missing +applied 2026-01-01T00:00:00.000Z in 5 ms\n      0009_gone.sql was");

        JsonNode json = new ObjectMapper().readTree(status.toJson());
        assertThat(json.get("success").asBoolean()).isTrue();
        assertThat(json.get("dialect").asText()).isEqualTo(dialect.key());
        assertThat(json.get("database").asText()).isEqualTo(dev.storium.config.Redaction.url(databases.url(dialect)));
        assertThat(json.get("migrations")).hasSize(3);
        assertThat(json.get("pendingChanges").asBoolean()).isFalse();
        JsonNode history = json.get("history");
        assertThat(history).hasSize(4);
        assertThat(history.get(0).get("tag").asText()).isEqualTo(first);
        assertThat(history.get(0).get("state").asText()).isEqualTo("failed");
        assertThat(history.get(0).get("appliedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(history.get(0).get("executionMs").isIntegralNumber()).isTrue();
        assertThat(history.get(0).get("detail").asText()).startsWith(first + ".sql failed on ");
        assertThat(history.get(1).get("state").asText()).isEqualTo("out-of-order");
        assertThat(history.get(1).get("appliedAt").isNull()).isTrue();
        assertThat(history.get(2).get("state").asText()).isEqualTo("changed");
        assertThat(history.get(3).get("state").asText()).isEqualTo("missing");
        assertThat(json.get("counts").get("applied").asInt()).isZero();
        assertThat(json.get("counts").get("missing").asInt()).isEqualTo(1);
        assertThat(json.get("counts").get("outOfOrder").asInt()).isEqualTo(1);
        assertThat(json.get("counts").has("out-of-order")).isFalse();
        assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(json.get("error").isNull()).isTrue();

        java.nio.file.Path directory = java.nio.file.Path.of(status.directory());
        JsonNode fromProject = new ObjectMapper().readTree(status.toJson(directory.getParent()));
        assertThat(fromProject.get("migrationsDirectory").asText())
                .as("relative to the project's directory")
                .isEqualTo(directory.getFileName().toString());
        JsonNode fromElsewhere = new ObjectMapper().readTree(status.toJson(directory.resolve("elsewhere")));
        assertThat(fromElsewhere.get("migrationsDirectory").asText()).isEqualTo(status.directory());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void statusListsAppliedAndPendingMigrationsAsTextAndJson(Dialect dialect) throws Exception {
        databases.reset(dialect);
        String first = generate(online(dialect, "v1"), false);
        migrate(online(dialect, "v1"));
        String second = generate(online(dialect, "v2"), false);

        StatusResult status = Storium.status(online(dialect, "v2"), TestProject.source());

        assertThat(status.success()).as(status.message()).isTrue();
        assertThat(status.message())
                .containsPattern("\nDatabase: .* \\(history table __storium_migrations\\): 1 applied, 1 pending\\.\n"
                        + "  " + first + " +applied +applied \\d{4}-.*Z in \\d+ ms\n"
                        + "  " + second + " +pending$");
        JsonNode json = new ObjectMapper().readTree(status.toJson());
        assertThat(json.get("history").get(0).get("state").asText()).isEqualTo("applied");
        assertThat(json.get("history").get(1).get("state").asText()).isEqualTo("pending");
        assertThat(json.get("history").get(1).get("detail").isNull()).isTrue();
        assertThat(json.get("counts").get("applied").asInt()).isEqualTo(1);
        assertThat(json.get("counts").get("pending").asInt()).isEqualTo(1);

        StatusResult offline = Storium.status(project.config(dialect, "v2"), TestProject.source());
        JsonNode noDatabase = new ObjectMapper().readTree(offline.toJson());
        assertThat(noDatabase.get("database").isNull()).isTrue();
        assertThat(noDatabase.get("history")).isEmpty();
        assertThat(noDatabase.get("migrations")).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void manualAlterationsAreDriftPerTableAndColumnAndTheFixUndoesThem(Dialect dialect) throws Exception {
        databases.reset(dialect);
        String tag = generate(online(dialect, "drift"), false);
        migrate(online(dialect, "drift"));
        String changeType;
        switch (dialect) {
            case POSTGRESQL:
                changeType = "ALTER TABLE \"accounts\" ALTER COLUMN \"score\" TYPE BIGINT";
                break;
            case MYSQL:
                changeType = "ALTER TABLE accounts MODIFY score BIGINT";
                break;
            case MEMORY:
                changeType = "ALTER TABLE \"accounts\" ALTER COLUMN \"score\" SET DATA TYPE BIGINT";
                break;
            default:
                changeType = null; // SQLite cannot change a column's type in place, and reads bigint as integer
        }
        try (Connection connection = databases.connect(dialect)) {
            var statement = connection.createStatement();
            // the generated SQL quotes its lower-case names; H2 would turn unquoted ones upper case
            String q = dialect == Dialect.MYSQL ? "" : "\"";
            statement.execute(
                    "ALTER TABLE " + q + "accounts" + q + " ADD COLUMN " + q + "nickname" + q + " VARCHAR(50)");
            statement.execute("ALTER TABLE " + q + "accounts" + q + " DROP COLUMN " + q + "bio" + q);
            statement.execute(
                    dialect == Dialect.MYSQL
                            ? "DROP INDEX accounts_email_idx ON accounts"
                            : "DROP INDEX \"accounts_email_idx\"");
            if (changeType != null) {
                statement.execute(changeType);
            }
        }

        CheckResult result = check(online(dialect, "drift"));

        assertThat(result.success()).isFalse();
        String expect = "the migrations (up to " + tag + ")";
        List<String> drift = facts(result, Section.DRIFT);
        assertThat(drift)
                .contains(
                        "column accounts.bio: " + expect + " expect text, the database does not have it",
                        "index accounts_email_idx (email) on accounts: " + expect
                                + " expect it, the database does not have it")
                .anySatisfy(fact -> assertThat(fact)
                        .startsWith("column accounts.nickname: the database has it (")
                        .endsWith("), " + expect + " do not"));
        if (changeType != null) {
            assertThat(drift).contains("column accounts.score: " + expect + " expect integer, the database has bigint");
        }
        assertThat(drift).hasSize(changeType == null ? 3 : 4);
        assertThat(result.findings().stream().filter(f -> f.section() == Section.DRIFT))
                .extracting(Finding::subject)
                .contains("accounts.bio", "accounts.nickname", "accounts");
        assertThat(result.message())
                .contains("Drift: the database vs the applied migrations (" + drift.size() + "):")
                .contains("    Fix: undo the manual change, bringing the database back to " + tag + " with:");

        String fix = result.findings().stream()
                .filter(f -> f.section() == Section.DRIFT)
                .findFirst()
                .orElseThrow()
                .fix();
        List<String> undo = Arrays.stream(fix.substring(fix.indexOf("with:\n") + 6, fix.indexOf("\nor, if"))
                        .split(";\n"))
                .map(s -> s.strip().replaceAll(";$", ""))
                .collect(Collectors.toList());
        try (Connection connection = databases.connect(dialect)) {
            new ScriptExecutor(dialect).execute(connection, "the drift fix", undo);
        }
        CheckResult after = check(online(dialect, "drift"));
        assertThat(after.success()).as(after.message()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MYSQL", "MEMORY"}) // SQLite cannot change a column's type in place
    void anIntegerNarrowedToSmallintByHandIsDriftThatPushUndoes(Dialect dialect) throws Exception {
        String tag = migrateThenChangeByHand(
                dialect,
                dialect == Dialect.MYSQL
                        ? "ALTER TABLE accounts MODIFY score SMALLINT"
                        : dialect == Dialect.POSTGRESQL
                                ? "ALTER TABLE \"accounts\" ALTER COLUMN \"score\" TYPE SMALLINT"
                                : "ALTER TABLE \"accounts\" ALTER COLUMN \"score\" SET DATA TYPE SMALLINT");

        CheckResult result = check(online(dialect, "drift"));

        assertThat(result.success()).isFalse();
        assertThat(facts(result, Section.DRIFT))
                .containsExactly("column accounts.score: the migrations (up to " + tag + ") expect integer, the"
                        + " database has smallint");
        PushResult push = Storium.push(online(dialect, "drift"), TestProject.source(), PushOptions.DEFAULTS);
        assertThat(push.success()).as(push.message()).isTrue();
        assertThat(push.statements()).hasSize(1);
        CheckResult after = check(online(dialect, "drift"));
        assertThat(after.success()).as(after.message()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MEMORY"}) // MySQL keeps both as datetime(6); SQLite cannot change a type in place
    void aTimestampChangedByHandToOneWithoutTimeZoneIsDrift(Dialect dialect) throws Exception {
        String tag = migrateThenChangeByHand(
                dialect,
                dialect == Dialect.POSTGRESQL
                        ? "ALTER TABLE \"accounts\" ALTER COLUMN \"seen_at\" TYPE timestamp"
                        : "ALTER TABLE \"accounts\" ALTER COLUMN \"seen_at\" SET DATA TYPE TIMESTAMP");

        CheckResult result = check(online(dialect, "drift"));

        assertThat(result.success()).isFalse();
        assertThat(facts(result, Section.DRIFT))
                .containsExactly("column accounts.seen_at: the migrations (up to " + tag + ") expect timestamp,"
                        + " the database has datetime");
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MYSQL", "MEMORY"}) // SQLite keeps no comments, see below
    void commentsChangedOrDroppedByHandAreDriftThatPushUndoes(Dialect dialect) throws Exception {
        String tag = migrateThenChangeByHand(
                dialect,
                "commented",
                dialect == Dialect.MYSQL
                        ? "ALTER TABLE notes MODIFY body TEXT NOT NULL COMMENT 'Edited by hand'"
                        : "COMMENT ON COLUMN \"notes\".\"body\" IS 'Edited by hand'",
                dialect == Dialect.MYSQL ? "ALTER TABLE notes COMMENT ''" : "COMMENT ON TABLE \"notes\" IS NULL");

        CheckResult result = check(online(dialect, "commented"));

        assertThat(result.success()).isFalse();
        assertThat(facts(result, Section.DRIFT))
                .containsExactly(
                        "comment of table notes: the migrations (up to " + tag + ") expect \"Scribbles\", the"
                                + " database has none",
                        "comment of column notes.body: the migrations (up to " + tag + ") expect \"What was"
                                + " written\", the database has \"Edited by hand\"");
        PushResult push = Storium.push(online(dialect, "commented"), TestProject.source(), PushOptions.DEFAULTS);
        assertThat(push.success()).as(push.message()).isTrue();
        assertThat(push.statements()).hasSize(2);
        if (dialect == Dialect.MYSQL) {
            assertThat(push.statements())
                    .containsExactly(
                            "ALTER TABLE `notes` COMMENT = 'Scribbles'",
                            "ALTER TABLE `notes` MODIFY COLUMN `body` text NOT NULL COMMENT 'What was written'");
        }
        CheckResult after = check(online(dialect, "commented"));
        assertThat(after.success()).as(after.message()).isTrue();
        PushResult again = Storium.push(online(dialect, "commented"), TestProject.source(), PushOptions.DEFAULTS);
        assertThat(again.statements()).isEmpty();
    }

    /**
     * SQLite has no comments: a comment-only migration is an empty file that migrates, the comments live in the
     * snapshot only, and check and push never see them as drift.
     */
    @Test
    void onSqliteCommentsAreInTheSnapshotOnlyAndNeverDrift() throws Exception {
        databases.reset(Dialect.SQLITE);
        StoriumConfig config = online(Dialect.SQLITE, "commented");
        TableDef plain = defineTable("notes")
                .columns(
                        column("id", INTEGER).primaryKey(),
                        column("body", TEXT).notNull(),
                        column("stars", INTEGER).defaultValue(0))
                .timestamps(false);
        GenerateResult first = Storium.generate(config, List.of(plain), GenerateOptions.DEFAULTS);
        assertThat(first.success()).as(first.message()).isTrue();
        migrate(config);

        GenerateResult comments = Storium.generate(config, TestProject.source(), GenerateOptions.DEFAULTS);
        assertThat(comments.success()).as(comments.message()).isTrue();
        assertThat(comments.file().getFileName().toString()).isEqualTo("0001_comment_notes.sql");
        assertThat(comments.statements()).isEmpty();
        assertThat(comments.message())
                .contains("- comment table notes", "- comment column notes.body", "- comment column notes.stars");
        migrate(config);

        CheckResult result = check(config);
        assertThat(result.success()).as(result.message()).isTrue();
        PushResult push = Storium.push(config, TestProject.source(), PushOptions.DEFAULTS);
        assertThat(push.success()).as(push.message()).isTrue();
        assertThat(push.statements()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MEMORY"}) // MySQL and SQLite have no time with a time zone
    void aTimeChangedByHandToOneWithTimeZoneIsDriftThatAForcedPushUndoes(Dialect dialect) throws Exception {
        String tag = migrateThenChangeByHand(
                dialect,
                dialect == Dialect.POSTGRESQL
                        ? "ALTER TABLE \"accounts\" ALTER COLUMN \"opens_at\" TYPE time with time zone"
                        : "ALTER TABLE \"accounts\" ALTER COLUMN \"opens_at\" SET DATA TYPE TIME(6) WITH TIME ZONE");

        CheckResult result = check(online(dialect, "drift"));

        assertThat(result.success()).isFalse();
        assertThat(facts(result, Section.DRIFT))
                .containsExactly("column accounts.opens_at: the migrations (up to " + tag + ") expect time, the"
                        + " database has text");
        // to the code's time from what reads as text is a narrowing: push asks for force
        PushResult push = Storium.push(online(dialect, "drift"), TestProject.source(), new PushOptions(true, false));
        assertThat(push.success()).as(push.message()).isTrue();
        CheckResult after = check(online(dialect, "drift"));
        assertThat(after.success()).as(after.message()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MYSQL", "MEMORY"}) // SQLite cannot change a column's type in place
    void aCharLengthenedByHandIsDriftThatPushUndoes(Dialect dialect) throws Exception {
        String tag = migrateThenChangeByHand(
                dialect,
                dialect == Dialect.MYSQL
                        ? "ALTER TABLE accounts MODIFY code char(5)"
                        : dialect == Dialect.POSTGRESQL
                                ? "ALTER TABLE \"accounts\" ALTER COLUMN \"code\" TYPE char(5)"
                                : "ALTER TABLE \"accounts\" ALTER COLUMN \"code\" SET DATA TYPE CHARACTER(5)");

        CheckResult result = check(online(dialect, "drift"));

        assertThat(result.success()).isFalse();
        assertThat(facts(result, Section.DRIFT))
                .containsExactly("column accounts.code: the migrations (up to " + tag + ") expect char(3), the"
                        + " database has char(5)");
        // back to char(3) is a narrowing: push asks for force
        PushResult push = Storium.push(online(dialect, "drift"), TestProject.source(), new PushOptions(true, false));
        assertThat(push.success()).as(push.message()).isTrue();
        CheckResult after = check(online(dialect, "drift"));
        assertThat(after.success()).as(after.message()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MYSQL", "MEMORY"}) // SQLite cannot change a column's type in place
    void aCharChangedByHandToAVarcharIsDrift(Dialect dialect) throws Exception {
        String tag = migrateThenChangeByHand(
                dialect,
                dialect == Dialect.MYSQL
                        ? "ALTER TABLE accounts MODIFY code varchar(3)"
                        : dialect == Dialect.POSTGRESQL
                                ? "ALTER TABLE \"accounts\" ALTER COLUMN \"code\" TYPE varchar(3)"
                                : "ALTER TABLE \"accounts\" ALTER COLUMN \"code\" SET DATA TYPE VARCHAR(3)");

        CheckResult result = check(online(dialect, "drift"));

        assertThat(result.success()).isFalse();
        assertThat(facts(result, Section.DRIFT))
                .containsExactly("column accounts.code: the migrations (up to " + tag + ") expect char(3), the"
                        + " database has varchar(3)");
    }

    @Test
    void anIntegerMadeUnsignedByHandIsDriftAndPushUndoesIt() throws Exception {
        Dialect dialect = Dialect.MYSQL;
        String tag = migrateThenChangeByHand(dialect, "ALTER TABLE accounts MODIFY score INT UNSIGNED");

        CheckResult result = check(online(dialect, "drift"));

        assertThat(result.success()).isFalse();
        assertThat(facts(result, Section.DRIFT))
                .containsExactly("column accounts.score: the migrations (up to " + tag + ") expect integer, the"
                        + " database has integer unsigned");
        // unsigned back to signed loses values above 2147483647: a narrowing push applies only when forced
        PushResult refused = Storium.push(online(dialect, "drift"), TestProject.source(), PushOptions.DEFAULTS);
        assertThat(refused.success()).isFalse();
        PushResult push = Storium.push(online(dialect, "drift"), TestProject.source(), new PushOptions(true, false));
        assertThat(push.success()).as(push.message()).isTrue();
        assertThat(push.statements()).containsExactly("ALTER TABLE `accounts` MODIFY COLUMN `score` int");
        CheckResult after = check(online(dialect, "drift"));
        assertThat(after.success()).as(after.message()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MYSQL"}) // SQLite cannot change a column in place; H2 has no column collations
    void aCollationGivenByHandIsDriftAndPushUndoesIt(Dialect dialect) throws Exception {
        String tag = migrateThenChangeByHand(
                dialect,
                dialect == Dialect.MYSQL
                        ? "ALTER TABLE accounts MODIFY email varchar(100) NOT NULL COLLATE utf8mb4_bin"
                        : "ALTER TABLE \"accounts\" ALTER COLUMN \"email\" TYPE varchar(100) COLLATE \"C\"");
        String collation = dialect == Dialect.MYSQL ? "utf8mb4_bin" : "C";

        CheckResult result = check(online(dialect, "drift"));

        assertThat(result.success()).isFalse();
        assertThat(facts(result, Section.DRIFT))
                .containsExactly("column accounts.email: the migrations (up to " + tag + ") expect varchar(100) not"
                        + " null, the database has varchar(100) collate " + collation + " not null");
        PushResult push = Storium.push(online(dialect, "drift"), TestProject.source(), PushOptions.DEFAULTS);
        assertThat(push.success()).as(push.message()).isTrue();
        assertThat(push.statements()).hasSize(1);
        CheckResult after = check(online(dialect, "drift"));
        assertThat(after.success()).as(after.message()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MYSQL", "MEMORY"}) // SQLite cannot change a type in place; see LiveSchemaTest
    void aNumericGivenAnotherPrecisionByHandIsDrift(Dialect dialect) throws Exception {
        String tag = migrateThenChangeByHand(
                dialect,
                dialect == Dialect.MYSQL
                        ? "ALTER TABLE accounts MODIFY balance DECIMAL(12,2)"
                        : dialect == Dialect.POSTGRESQL
                                ? "ALTER TABLE \"accounts\" ALTER COLUMN \"balance\" TYPE numeric(12,2)"
                                : "ALTER TABLE \"accounts\" ALTER COLUMN \"balance\" SET DATA TYPE NUMERIC(12,2)");

        CheckResult result = check(online(dialect, "drift"));

        assertThat(result.success()).isFalse();
        assertThat(facts(result, Section.DRIFT))
                .containsExactly("column accounts.balance: the migrations (up to " + tag + ") expect numeric(10,2),"
                        + " the database has numeric(12,2)");
        // back to fewer digits before the point is a narrowing: push applies it only when forced
        PushResult push = Storium.push(online(dialect, "drift"), TestProject.source(), new PushOptions(true, false));
        assertThat(push.success()).as(push.message()).isTrue();
        assertThat(push.statements()).isNotEmpty();
        CheckResult after = check(online(dialect, "drift"));
        assertThat(after.success()).as(after.message()).isTrue();
    }

    /** Migrates the drift fixture to a fresh database, runs {@code sql} on it by hand; returns the migration's tag. */
    private String migrateThenChangeByHand(Dialect dialect, String sql) throws Exception {
        return migrateThenChangeByHand(dialect, "drift", sql);
    }

    /** Migrates a fixture to a fresh database, runs the statements on it by hand; returns the migration's tag. */
    private String migrateThenChangeByHand(Dialect dialect, String version, String... sql) throws Exception {
        databases.reset(dialect);
        String tag = generate(online(dialect, version), false);
        migrate(online(dialect, version));
        try (Connection connection = databases.connect(dialect)) {
            for (String statement : sql) {
                connection.createStatement().execute(statement);
            }
        }
        return tag;
    }

    @Test
    void anUnreachableDatabaseIsAFindingWithoutThePassword() {
        generate(offline("v1"), false);
        StoriumConfig config = project.config(
                Dialect.POSTGRESQL, "v2", "jdbc:postgresql://127.0.0.1:1/nowhere?user=app&password=s3cret", "s3cret");

        CheckResult result = check(config);

        assertThat(result.success()).isFalse();
        assertThat(result.error().code()).isEqualTo(ErrorCode.DATABASE);
        assertThat(facts(result, Section.CODE)).hasSize(1);
        assertThat(facts(result, Section.DATABASE))
                .singleElement()
                .asString()
                .startsWith(
                        "Cannot connect to the database at jdbc:postgresql://127.0.0.1:1/nowhere?user=app&password=");
        assertThat(result.message()).doesNotContain("s3cret").contains("    Fix: ");

        StatusResult status = Storium.status(config, TestProject.source());
        assertThat(status.success()).isFalse();
        assertThat(status.error().code()).isEqualTo(ErrorCode.DATABASE);
        assertThat(status.message())
                .startsWith("Dialect: postgresql\n")
                .contains("Changes not yet generated (1 change):")
                .contains("\nDatabase: jdbc:postgresql://127.0.0.1:1/nowhere")
                .contains(": not read.\nCannot connect to the database at ")
                .doesNotContain("s3cret");
    }
}
