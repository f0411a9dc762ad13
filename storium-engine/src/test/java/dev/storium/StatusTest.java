package dev.storium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.internal.migration.TestProject;
import dev.storium.options.GenerateOptions;
import dev.storium.result.GenerateResult;
import dev.storium.result.StatusResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusTest {
    private static final String V1 = TestProject.FIXTURES + ".v1.AppSchema";
    private static final String V2 = TestProject.FIXTURES + ".v2.AppSchema";

    @TempDir
    Path dir;

    private TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
    }

    private StatusResult status(String version) {
        return Storium.status(project.config(Dialect.POSTGRESQL, version), TestProject.source());
    }

    private void generate(String version) {
        GenerateResult result = Storium.generate(
                project.config(Dialect.POSTGRESQL, version), TestProject.source(), GenerateOptions.DEFAULTS);
        assertThat(result.success()).as(result.message()).isTrue();
    }

    @Test
    void beforeTheFirstMigrationEverythingInCodeIsPending() {
        StatusResult result = status("v1");

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.migrations()).isEmpty();
        assertThat(result.schemaClasses()).containsExactly(V1);
        assertThat(result.tables()).containsExactly("users");
        assertThat(result.pendingChanges()).isTrue();
        assertThat(result.message())
                .isEqualTo("Dialect: postgresql\n"
                        + "Migrations directory: " + project.out() + " (0 migrations, not created yet)\n"
                        + "Schema classes (1 class)\n"
                        + "  " + V1 + "\n"
                        + "Tables (1 table): users\n"
                        + "Changes not yet generated (1 change):\n"
                        + "  - create table users\n"
                        + "Run mvn storium:generate to write them as the next migration.");
        assertThat(project.out()).doesNotExist();
    }

    @Test
    void afterGenerateItIsUpToDateAndListsTheMigrations() {
        generate("v1");
        generate("v2");

        StatusResult result = status("v2");

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.migrations()).containsExactly("0000_create_users", "0001_add_users_bio");
        assertThat(result.pendingChanges()).isFalse();
        assertThat(result.message())
                .isEqualTo("Dialect: postgresql\n"
                        + "Migrations directory: " + project.out() + " (2 migrations)\n"
                        + "  0000_create_users.sql\n"
                        + "  0001_add_users_bio.sql\n"
                        + "Schema classes (1 class)\n"
                        + "  " + V2 + "\n"
                        + "Tables (1 table): users\n"
                        + "Up to date: the schema in code matches the last migration, 0001_add_users_bio.");
    }

    @Test
    void aChangeInCodeIsReportedAsPending() {
        generate("v1");

        StatusResult result = status("v2");

        assertThat(result.pendingChanges()).isTrue();
        assertThat(result.message()).contains("Changes not yet generated (1 change):\n  - add column users.bio\n");
    }

    @Test
    void statusWritesNothing() {
        generate("v1");
        String before = project.listing();

        status("v2");

        assertThat(project.listing()).isEqualTo(before);
    }

    @Test
    void aBrokenDirectoryFails() throws Exception {
        generate("v1");
        Files.delete(project.out().resolve("meta/0000_snapshot.json"));

        StatusResult result = status("v1");

        assertThat(result.success()).isFalse();
        assertThat(result.error().code()).isEqualTo(ErrorCode.MIGRATION_FOLDER);
        assertThat(result.message())
                .isEqualTo(result.error().getMessage())
                .contains("meta/_journal.json lists 0000_create_users, but meta/0000_snapshot.json does not exist");
        assertThat(result.migrations()).isEmpty();
    }

    @Test
    void aBrokenSchemaFails() {
        StatusResult result = status("broken");

        assertThat(result.success()).isFalse();
        assertThat(result.error().code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION);
        assertThat(result.message()).startsWith("Class " + TestProject.FIXTURES + ".broken.BrokenSchema");
    }

    @Test
    void noTablesIsReportedWithTheFix() {
        StatusResult result = status("none");

        assertThat(result.success()).isTrue();
        assertThat(result.pendingChanges()).isFalse();
        assertThat(result.schemaClasses()).isEmpty();
        assertThat(result.message())
                .contains("Schema classes (0 classes)\nTables (0 tables)\nNo table definitions found in the class"
                        + " roots ")
                .endsWith("; declare public static final TableDef fields, or set `schema` to the classes that hold"
                        + " them.");
    }
}
