package dev.storium.internal.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.internal.migration.TestProject;
import dev.storium.options.GenerateOptions;
import dev.storium.options.MigrateOptions;
import dev.storium.result.GenerateResult;
import dev.storium.result.MigrateResult;
import dev.storium.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Files written by generate, applied by migrate as a project's build would: one version at a time. */
class GeneratedFilesTest {
    static TestDatabases databases;

    @TempDir
    Path dir;

    @BeforeAll
    static void create() {
        databases = TestDatabases.forPurpose("migrate_generated");
    }

    @AfterAll
    static void drop() {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void generatedMigrationsApplyVersionByVersion(Dialect dialect) throws Exception {
        databases.reset(dialect);
        TestProject project = new TestProject(dir);

        generate(project, dialect, "v1");
        MigrateResult first = Storium.migrate(withDatabase(project, dialect, "v1"), MigrateOptions.DEFAULTS);
        assertThat(first.success()).as(first.message()).isTrue();
        assertThat(first.applied()).hasSize(1);

        generate(project, dialect, "v2");
        generate(project, dialect, "v3");
        StoriumConfig config = withDatabase(project, dialect, "v3");
        MigrateResult rest = Storium.migrate(config, MigrateOptions.DEFAULTS);
        assertThat(rest.success()).as(rest.message()).isTrue();
        assertThat(rest.applied()).hasSize(2).doesNotContain(first.applied().get(0));

        MigrateResult again = Storium.migrate(config, MigrateOptions.DEFAULTS);
        assertThat(again.message()).isEqualTo("Schema is up to date: 3 migrations applied, none pending.");
        assertThat(MigrationFiles.in(dir, dialect, config.url()).history()).hasSize(3);
    }

    private static void generate(TestProject project, Dialect dialect, String version) {
        GenerateResult result = Storium.generate(
                project.config(dialect, version), TestProject.source(), new GenerateOptions(null, false, true));
        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.file()).as(version).isNotNull();
    }

    private static StoriumConfig withDatabase(TestProject project, Dialect dialect, String version) {
        StoriumConfig c = project.config(dialect, version);
        return new StoriumConfig(
                c.dialect(),
                databases.url(dialect),
                null,
                null,
                c.schema(),
                c.stores(),
                c.out(),
                c.seeds(),
                c.assertions(),
                c.pool(),
                c.baseDir(),
                c.source(),
                c.migrationsTable());
    }
}
