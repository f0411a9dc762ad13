package dev.storium.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Which source wins: the application's storium.* settings (bound by Spring, in any of its spellings), Storium's config
 * file, the defaults.
 */
class StoriumSettingsTest {
    @TempDir
    Path directory;

    @Test
    void withNothingSetTheDefaultsApplyAndTheApplicationsPackagesAreScanned() {
        StoriumConfig config = load(Map.of(), List.of("com.example.library"));

        assertThat(config.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(config.url()).isNull();
        assertThat(config.out()).isEqualTo(directory.resolve("migrations"));
        assertThat(config.migrationsTable()).isEqualTo(StoriumConfig.DEFAULT_MIGRATIONS_TABLE);
        assertThat(config.schema()).containsExactly("com.example.library.**");
        assertThat(config.stores()).containsExactly("com.example.library.**");
    }

    @Test
    void theConfigFileStillWorksAndTheApplicationsSettingsWinOverIt() throws Exception {
        Files.writeString(
                directory.resolve("storium.config.yaml"),
                "out: ./db/migrations\nmigrationsTable: library_history\nschema:\n  - com.example.db.*\n"
                        + "stores: com.example.stores.*\nassertions:\n  isSlug: com.example.IsSlug\n");
        assertThat(load(Map.of(), List.of("com.example.library")))
                .extracting(
                        StoriumConfig::out,
                        StoriumConfig::migrationsTable,
                        StoriumConfig::schema,
                        StoriumConfig::stores,
                        StoriumConfig::assertions)
                .containsExactly(
                        directory.resolve("db/migrations"),
                        "library_history",
                        List.of("com.example.db.*"),
                        List.of("com.example.stores.*"),
                        Map.of("isSlug", "com.example.IsSlug"));

        StoriumConfig config = load(
                Map.of(
                        "storium.out", "migrations/postgresql",
                        "storium.schema", "com.example.library.Schema,com.example.other.*",
                        "storium.assertions.[isIsbn]", "com.example.IsIsbn"),
                List.of("com.example.library"));

        assertThat(config.out()).isEqualTo(directory.resolve("migrations/postgresql"));
        assertThat(config.schema()).containsExactly("com.example.library.Schema", "com.example.other.*");
        assertThat(config.stores()).containsExactly("com.example.stores.*");
        assertThat(config.migrationsTable()).isEqualTo("library_history");
        assertThat(config.assertions())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("isSlug", "com.example.IsSlug", "isIsbn", "com.example.IsIsbn"));
    }

    @Test
    void theStartersOwnSettingsAndSpringsSpellingsAreNoConfigurationErrors() {
        StoriumConfig config = load(
                Map.of(
                        "storium.migrate.enabled", "false",
                        "storium.migrate.out-of-order", "true",
                        "storium.migrate.lock-wait", "1m",
                        "storium.seed.enabled", "true",
                        "storium.migrations-table", "library_history"),
                List.of());

        assertThat(config.migrationsTable()).isEqualTo("library_history");
    }

    /** The settings as Spring binds them from {@code values}, loaded from the temporary directory. */
    private StoriumConfig load(Map<String, String> values, List<String> packages) {
        StoriumProperties properties =
                new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("storium", StoriumProperties.class);
        return StoriumSettings.load(properties, packages, Dialect.POSTGRESQL, directory, Map.of());
    }
}
