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

/** Which source wins: the application's storium.* settings, Storium's config file, the defaults. */
class StoriumSettingsTest {
    @TempDir
    Path directory;

    private final StoriumProperties properties = new StoriumProperties();

    @Test
    void withNothingSetTheDefaultsApplyAndTheApplicationsPackagesAreScanned() {
        StoriumConfig config = load(List.of("com.example.library"));

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
                "out: ./db/migrations\nmigrationsTable: library_history\nschema:\n  - com.example.db.*\nstores: com.example.stores.*\n");
        assertThat(load(List.of("com.example.library")))
                .extracting(StoriumConfig::out, StoriumConfig::migrationsTable, StoriumConfig::schema)
                .containsExactly(directory.resolve("db/migrations"), "library_history", List.of("com.example.db.*"));

        properties.setOut("migrations/postgresql");
        properties.setSchema(List.of("com.example.library.Schema", "com.example.other.*"));
        StoriumConfig config = load(List.of("com.example.library"));

        assertThat(config.out()).isEqualTo(directory.resolve("migrations/postgresql"));
        assertThat(config.schema()).containsExactly("com.example.library.Schema", "com.example.other.*");
        assertThat(config.migrationsTable()).isEqualTo("library_history");
    }

    private StoriumConfig load(List<String> packages) {
        return StoriumSettings.load(properties, packages, Dialect.POSTGRESQL, directory, Map.of(), Map.of());
    }
}
