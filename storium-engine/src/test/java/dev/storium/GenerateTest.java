package dev.storium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.internal.migration.MigrationFolder;
import dev.storium.internal.migration.MigrationSql;
import dev.storium.internal.migration.TestProject;
import dev.storium.options.GenerateOptions;
import dev.storium.result.GenerateResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateTest {
    private static final GenerateOptions DEFAULTS = GenerateOptions.DEFAULTS;

    @TempDir
    Path dir;

    private TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
    }

    private GenerateResult generate(String version, GenerateOptions options) {
        return Storium.generate(project.config(Dialect.POSTGRESQL, version), TestProject.source(), options);
    }

    private GenerateResult generate(String version) {
        return generate(version, DEFAULTS);
    }

    private static void assertFailure(GenerateResult result, ErrorCode code) {
        assertThat(result.success()).as(result.message()).isFalse();
        assertThat(result.error()).isNotNull();
        assertThat(result.error().code()).isEqualTo(code);
        assertThat(result.message()).isEqualTo(result.error().getMessage());
        assertThat(result.file()).isNull();
        assertThat(result.statements()).isEmpty();
    }

    @Test
    void theFirstGenerateWritesMigrationZero() {
        GenerateResult result = generate("v1");

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.error()).isNull();
        assertThat(result.file()).isEqualTo(project.out().resolve("0000_create_users.sql"));
        assertThat(result.statements()).hasSize(1);
        assertThat(result.statements().get(0))
                .containsIgnoringCase("create table")
                .contains("users");
        assertThat(result.message()).isEqualTo("Wrote " + result.file() + " with 1 statement:\n  - create table users");
        assertThat(project.read("0000_create_users.sql")).isEqualTo(MigrationSql.join(result.statements()));
        assertThat(project.out().resolve("meta/0000_snapshot.json")).exists();
        assertThat(project.read("meta/_journal.json")).contains("\"tag\": \"0000_create_users\"");
    }

    @Test
    void aSecondGenerateWithoutChangesWritesNothing() {
        generate("v1");
        String before = project.listing();

        GenerateResult result = generate("v1");

        assertThat(result.success()).isTrue();
        assertThat(result.file()).isNull();
        assertThat(result.statements()).isEmpty();
        assertThat(result.message())
                .isEqualTo("Nothing to generate: the schema in code matches the last migration, 0000_create_users.");
        assertThat(project.listing()).isEqualTo(before);
    }

    @Test
    void aChangeWritesTheNextMigrationNamedAfterIt() {
        generate("v1");

        GenerateResult result = generate("v2");

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.file()).isEqualTo(project.out().resolve("0001_add_users_bio.sql"));
        assertThat(result.statements()).singleElement().asString().contains("bio");
        assertThat(result.message()).endsWith("with 1 statement:\n  - add column users.bio");
        assertThat(MigrationFolder.read(project.out(), Dialect.POSTGRESQL).migrations())
                .extracting(m -> m.tag())
                .containsExactly("0000_create_users", "0001_add_users_bio");
        assertThat(generate("v2").message()).startsWith("Nothing to generate");
    }

    @Test
    void aGivenNameIsSanitisedAndUsed() {
        GenerateResult result = generate("v1", new GenerateOptions("Initial Users!", false, false));

        assertThat(result.file()).isEqualTo(project.out().resolve("0000_initial_users.sql"));
    }

    @Test
    void aNameWithoutLettersIsRefusedAndNothingIsWritten() {
        GenerateResult result = generate("v1", new GenerateOptions("!!!", false, false));

        assertFailure(result, ErrorCode.CONFIG);
        assertThat(result.message()).contains("-Dstorium.name");
        assertThat(project.out()).doesNotExist();
    }

    @Test
    void dataLossIsRefusedUntilAllowed() {
        generate("v1");
        String before = project.listing();

        GenerateResult refused = generate("v3");

        assertFailure(refused, ErrorCode.DATA_LOSS);
        assertThat(refused.message()).contains("drop column users.email").contains("-Dstorium.allowDataLoss=true");
        assertThat(project.listing()).isEqualTo(before);

        GenerateResult allowed = generate("v3", new GenerateOptions(null, false, true));

        assertThat(allowed.success()).as(allowed.message()).isTrue();
        assertThat(allowed.file()).isEqualTo(project.out().resolve("0001_drop_users_email.sql"));
    }

    @Test
    void aCustomMigrationIsEmptyAndKeepsTheSchema() {
        generate("v1");

        GenerateResult custom = generate("v2", new GenerateOptions(null, true, false));

        assertThat(custom.success()).as(custom.message()).isTrue();
        assertThat(custom.file()).isEqualTo(project.out().resolve("0001_custom.sql"));
        assertThat(custom.statements()).isEmpty();
        assertThat(custom.message()).contains("an empty custom migration: write its SQL there");
        assertThat(project.read("0001_custom.sql")).isEqualTo(MigrationSql.CUSTOM_PLACEHOLDER + "\n");
        MigrationFolder folder = MigrationFolder.read(project.out(), Dialect.POSTGRESQL);
        assertThat(folder.latestModel())
                .isEqualTo(folder.migrations().get(0).snapshot().model());
        assertThat(generate("v1").message()).startsWith("Nothing to generate");
        assertThat(generate("v2").file()).isEqualTo(project.out().resolve("0002_add_users_bio.sql"));
    }

    @Test
    void aCustomMigrationTakesTheGivenName() {
        GenerateResult custom = generate("none", new GenerateOptions("backfill emails", true, false));

        assertThat(custom.file()).isEqualTo(project.out().resolve("0000_backfill_emails.sql"));
    }

    @Test
    void aCorruptJournalFailsAndWritesNothing() {
        assertBrokenFolderWritesNothing(
                p -> p.edit("meta/_journal.json", "\"entries\"", "\"entrees\""), "meta/_journal.json is corrupt");
    }

    @Test
    void aCorruptSnapshotFailsAndWritesNothing() {
        assertBrokenFolderWritesNothing(
                p -> p.edit("meta/0001_snapshot.json", "\"tables\": {", "\"tables\": ["),
                "meta/0001_snapshot.json is corrupt");
    }

    @Test
    void twoSnapshotsWithOneParentFailAndWriteNothing() {
        assertBrokenFolderWritesNothing(
                p -> {
                    copy(p, "meta/0001_snapshot.json", "meta/0002_snapshot.json");
                    copy(p, "0001_add_users_bio.sql", "0002_add_users_bio.sql");
                    p.edit(
                            "meta/_journal.json",
                            "\"breakpoints\": true\n    }\n  ]",
                            "\"breakpoints\": true\n    },\n    {\"idx\": 2, \"version\": \"1\", \"when\": 1, \"tag\":"
                                    + " \"0002_add_users_bio\", \"breakpoints\": true}\n  ]");
                },
                "have the same prevId",
                "two branches each generated a migration from the same schema");
    }

    @Test
    void aJournalThatDisagreesWithTheFilesFailsAndWritesNothing() {
        assertBrokenFolderWritesNothing(
                p -> delete(p, "0001_add_users_bio.sql"),
                "meta/_journal.json lists 0001_add_users_bio, but 0001_add_users_bio.sql does not exist");
    }

    private void assertBrokenFolderWritesNothing(Consumer<TestProject> breakIt, String... expected) {
        generate("v1");
        generate("v2");
        breakIt.accept(project);
        String before = project.listing();

        GenerateResult result = generate("v3", new GenerateOptions(null, false, true));

        assertFailure(result, ErrorCode.MIGRATION_FOLDER);
        assertThat(result.message())
                .startsWith("The migrations directory " + project.out())
                .contains(expected);
        assertThat(project.listing()).isEqualTo(before);
    }

    @Test
    void anotherDialectsDirectoryFails() {
        generate("v1");

        GenerateResult result = Storium.generate(project.config(Dialect.SQLITE, "v2"), TestProject.source(), DEFAULTS);

        assertFailure(result, ErrorCode.MIGRATION_FOLDER);
        assertThat(result.message()).contains("generated for dialect postgresql");
    }

    @Test
    void noTablesFoundNamesWhereItLookedAndTheFix() {
        GenerateResult result = generate("none");

        assertFailure(result, ErrorCode.SCHEMA_SCAN);
        assertThat(result.message())
                .startsWith("No table definitions found in the class roots ")
                .contains("classes matching `schema` " + TestProject.FIXTURES + ".none.*")
                .contains("Fix: declare your tables as `public static final TableDef")
                .contains("set `schema` to glob patterns");
        assertThat(project.out()).doesNotExist();
    }

    @Test
    void aBrokenDefinitionNamesTheClassTableAndColumn() {
        GenerateResult result = generate("broken");

        assertFailure(result, ErrorCode.SCHEMA_DEFINITION);
        assertThat(result.message())
                .startsWith("Class " + TestProject.FIXTURES + ".broken.BrokenSchema could not be initialised: ")
                .contains("users")
                .contains("email");
        assertThat(project.out()).doesNotExist();
    }

    @Test
    void twoDefinitionsOfOneTableNameBoth() {
        GenerateResult result = generate("twice");

        assertFailure(result, ErrorCode.SCHEMA_DEFINITION);
        assertThat(result.message())
                .startsWith("Table users is defined twice: by " + TestProject.FIXTURES + ".twice.First.USERS and by "
                        + TestProject.FIXTURES + ".twice.Second.USERS.");
    }

    @Test
    void collectSchemasReturnsTheDefinitionsByTableName() {
        assertThat(Storium.collectSchemas(project.config(Dialect.POSTGRESQL, "v2"), TestProject.source()))
                .containsOnlyKeys("users")
                .allSatisfy((name, table) -> assertThat(table.getName()).isEqualTo("users"));
    }

    private static void copy(TestProject p, String from, String to) {
        try {
            Files.copy(p.out().resolve(from), p.out().resolve(to));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(TestProject p, String file) {
        try {
            Files.delete(p.out().resolve(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
