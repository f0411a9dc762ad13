package dev.storium.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration an application loads: the same config file the plugin reads, no plugin configuration (the pom is
 * the build's alone), and the dialect of the application's DataSource when no source sets one.
 */
class ApplicationConfigTest {
    @TempDir
    Path base;

    @Test
    void theMissingDialectErrorNamesOnlyTheSourcesAnApplicationHas() {
        StoriumException e = catchThrowableOfType(
                StoriumException.class, () -> ConfigLoader.loadForApplication(base, Map.of(), Map.of(), null));
        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
        assertThat(e.getMessage())
                .isEqualTo("No dialect configured: `dialect` is not set and there is no `url` to infer it from (looked"
                        + " at -Dstorium.* properties and no config file: none of storium.config.yaml,"
                        + " storium.config.yml, storium.config.json, storium.config.properties is in " + base
                        + "). Set dialect to one of postgresql, mysql, sqlite, memory, or set url.")
                .doesNotContain("plugin");
    }

    @Test
    void theApplicationReadsTheFileThePluginReads() throws IOException {
        Files.writeString(
                base.resolve("storium.config.yaml"),
                "dialect: postgresql\nurl: postgres://app:s3cret@db:5432/app\nschema: [com.example.*]\n");
        StoriumConfig plugin = ConfigLoader.load(base, Map.of(), Map.of(), Map.of());
        StoriumConfig application = ConfigLoader.loadForApplication(base, Map.of(), Map.of(), null);
        assertThat(application).isEqualTo(plugin);
        assertThat(application.url()).isEqualTo("jdbc:postgresql://db:5432/app");
        assertThat(application.schema()).containsExactly("com.example.*");
    }

    @Test
    void theDataSourcesDialectIsTakenWhenNoSourceSetsOne() throws IOException {
        assertThat(ConfigLoader.loadForApplication(base, Map.of(), Map.of(), Dialect.SQLITE)
                        .dialect())
                .isEqualTo(Dialect.SQLITE);
        assertThat(ConfigLoader.loadForApplication(base, Map.of(), Map.of(), Dialect.MEMORY)
                        .url())
                .as("the in-memory default URL is for a configured memory dialect, not a DataSource's H2")
                .isNull();
        Files.writeString(base.resolve("storium.config.yaml"), "dialect: mysql\n");
        assertThat(ConfigLoader.loadForApplication(base, Map.of(), Map.of(), Dialect.SQLITE)
                        .dialect())
                .as("a configured dialect is kept; connecting checks it against the DataSource")
                .isEqualTo(Dialect.MYSQL);
    }

    @Test
    void productNamesMapToDialects() {
        assertThat(Dialect.fromProductName("PostgreSQL")).contains(Dialect.POSTGRESQL);
        assertThat(Dialect.fromProductName("MariaDB")).contains(Dialect.MYSQL);
        assertThat(Dialect.fromProductName("MySQL")).contains(Dialect.MYSQL);
        assertThat(Dialect.fromProductName("SQLite")).contains(Dialect.SQLITE);
        assertThat(Dialect.fromProductName("H2")).contains(Dialect.MEMORY);
        assertThat(Dialect.fromProductName("Apache Derby")).isEmpty();
        assertThat(Dialect.fromProductName(null)).isEmpty();
    }
}
