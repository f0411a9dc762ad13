package dev.storium.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Config files: found by name or STORIUM_CONFIG, read from YAML, JSON or properties alike, placeholders resolved. */
class ConfigFileTest {
    static final String YAML = """
            dialect: postgresql
            dbCredentials:
              host: db.example.com
              port: 5433
              database: app
              user: app
              password: ${env.DB_PASSWORD}
            schema:
              - com.example.db.*
              - com.example.more.*
            stores: com.example.stores.*
            out: ./db/migrations
            seeds: [com.example.seeds.*]
            assertions:
              isSlug: com.example.IsSlug
            pool:
              min: 1
              max: 5
            """;
    static final String JSON = """
            {
              "dialect": "postgresql",
              "dbCredentials": {"host": "db.example.com", "port": 5433, "database": "app", "user": "app",
                                "password": "${env.DB_PASSWORD}"},
              "schema": ["com.example.db.*", "com.example.more.*"],
              "stores": "com.example.stores.*",
              "out": "./db/migrations",
              "seeds": ["com.example.seeds.*"],
              "assertions": {"isSlug": "com.example.IsSlug"},
              "pool": {"min": 1, "max": 5}
            }
            """;
    static final String PROPERTIES = """
            dialect=postgresql
            dbCredentials.host=db.example.com
            dbCredentials.port=5433
            dbCredentials.database=app
            dbCredentials.user=app
            dbCredentials.password=${env.DB_PASSWORD}
            schema=com.example.db.*, com.example.more.*
            stores=com.example.stores.*
            out=./db/migrations
            seeds=com.example.seeds.*
            assertions.isSlug=com.example.IsSlug
            pool.min=1
            pool.max=5
            """;

    @TempDir
    Path base;

    private StoriumConfig load(Map<String, String> environment) {
        return ConfigLoader.load(base, Map.of(), Map.of(), environment);
    }

    private void write(String name, String content) throws IOException {
        Path file = base.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"storium.config.yaml", "storium.config.yml", "storium.config.json", "storium.config.properties"})
    void yamlJsonAndPropertiesFilesAreEquivalent(String name) throws IOException {
        write(name, name.endsWith(".json") ? JSON : name.endsWith(".properties") ? PROPERTIES : YAML);

        StoriumConfig config = load(Map.of("DB_PASSWORD", "pw"));

        assertThat(config.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(config.url()).isEqualTo("jdbc:postgresql://db.example.com:5433/app");
        assertThat(config.user()).isEqualTo("app");
        assertThat(config.password()).isEqualTo("pw");
        assertThat(config.schema()).containsExactly("com.example.db.*", "com.example.more.*");
        assertThat(config.stores()).containsExactly("com.example.stores.*");
        assertThat(config.out()).isEqualTo(base.resolve("db/migrations"));
        assertThat(config.seeds()).containsExactly("com.example.seeds.*");
        assertThat(config.assertions()).isEqualTo(Map.of("isSlug", "com.example.IsSlug"));
        assertThat(config.pool()).isEqualTo(new StoriumConfig.Pool(1, 5));
        assertThat(config.baseDir()).isEqualTo(base);
        assertThat(config.source()).isEqualTo(name);
    }

    @Test
    void withoutAnyFileTheSourceIsDefaults() {
        StoriumConfig config = ConfigLoader.load(base, Map.of("dialect", "sqlite"), Map.of(), Map.of());

        assertThat(config.source()).isEqualTo("defaults");
        assertThat(config.out()).isEqualTo(base.resolve("migrations"));
        assertThat(config.pool()).isEqualTo(StoriumConfig.Pool.DEFAULT);
        assertThat(config.schema()).isEmpty();
        assertThat(config.assertions()).isEmpty();
    }

    @Test
    void storiumConfigChoosesTheFileRelativeToTheProject() throws IOException {
        write("storium.config.yaml", "dialect: mysql\n");
        write("config/ci.json", "{\"dialect\": \"sqlite\"}");

        StoriumConfig config = load(Map.of("STORIUM_CONFIG", "config/ci.json"));

        assertThat(config.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(config.source()).isEqualTo(Path.of("config", "ci.json").toString());
    }

    @Test
    void anAbsoluteStoriumConfigOutsideTheProjectIsShownInFull(@TempDir Path elsewhere) throws IOException {
        Path file = elsewhere.resolve("storium.yml");
        Files.writeString(file, "dialect: memory\n");

        assertThat(load(Map.of("STORIUM_CONFIG", file.toString())).source()).isEqualTo(file.toString());
    }

    @Test
    void placeholdersAreResolvedInEveryStringValue() throws IOException {
        write("storium.config.yaml", """
                url: postgres://${env.DB_USER}@${env.DB_HOST}/app
                schema: ["${env.PKG}.db.*", "${env.PKG}.more.*"]
                assertions: {isSlug: "${env.PKG}.IsSlug"}
                pool: {max: "${env.POOL_MAX}"}
                out: target/${env.NAME}-migrations
                """);

        StoriumConfig config =
                load(Map.of("DB_USER", "app", "DB_HOST", "db", "PKG", "com.example", "POOL_MAX", "7", "NAME", "x$1"));

        assertThat(config.url()).isEqualTo("jdbc:postgresql://db/app");
        assertThat(config.user()).isEqualTo("app");
        assertThat(config.schema()).containsExactly("com.example.db.*", "com.example.more.*");
        assertThat(config.assertions()).containsEntry("isSlug", "com.example.IsSlug");
        assertThat(config.pool().max()).isEqualTo(7);
        assertThat(config.out()).isEqualTo(base.resolve("target/x$1-migrations"));
    }

    @Test
    void placeholdersAreResolvedInPluginValuesAndPropertiesToo() {
        StoriumConfig config = ConfigLoader.load(
                base,
                Map.of("url", "${env.DATABASE_URL}"),
                Map.of("storium.dbCredentials.password", "${env.PW}"),
                Map.of("DATABASE_URL", "mysql://root@db/app", "PW", "pw"));

        assertThat(config.url()).isEqualTo("jdbc:mysql://db/app");
        assertThat(config.password()).isEqualTo("pw");
    }

    @Test
    void aPlaceholderThatResolvesToNothingLeavesTheKeyUnset() throws IOException {
        write("storium.config.yaml", "dialect: postgresql\nurl: ${env.DATABASE_URL}\n");

        assertThat(load(Map.of("DATABASE_URL", "")).url()).isNull();
    }

    @Test
    void anEmptyFileIsAnEmptyConfiguration() throws IOException {
        write("storium.config.yaml", "# nothing yet\n");

        StoriumConfig config = ConfigLoader.load(base, Map.of("dialect", "memory"), Map.of(), Map.of());

        assertThat(config.source()).isEqualTo("storium.config.yaml");
    }

    @Test
    void theSourceNamesWhereTheDatabaseWasSetNotTheFileItOverrides() throws IOException {
        write("storium.config.yaml", "url: jdbc:postgresql://db.example/app\n");

        StoriumConfig fromProperty = ConfigLoader.load(
                base, Map.of(), Map.of("storium.url", "jdbc:postgresql://other.example/app"), Map.of());
        StoriumConfig fromPlugin =
                ConfigLoader.load(base, Map.of("url", "jdbc:postgresql://other.example/app"), Map.of(), Map.of());
        StoriumConfig fromFile = ConfigLoader.load(base, Map.of(), Map.of(), Map.of());

        assertThat(fromProperty.source()).isEqualTo("-Dstorium.* properties");
        assertThat(fromPlugin.source()).isEqualTo("the plugin configuration");
        assertThat(fromFile.source()).isEqualTo("storium.config.yaml");
    }

    @Test
    void unrelatedAndGoalPropertiesAreIgnored() {
        StoriumConfig config = ConfigLoader.load(
                base,
                Map.of("dialect", "memory"),
                Map.of(
                        "java.version", "17",
                        "storium.name", "add_users",
                        "storium.allowDataLoss", "true",
                        "storium.skip", "false",
                        "storium.custom", "true",
                        "storium.serverId", "db",
                        "storium.someFutureOption", "x",
                        "storiumdialect", "mysql"),
                Map.of());

        assertThat(config.dialect()).isEqualTo(Dialect.MEMORY);
    }

    @Test
    void propertiesFileListsMayUseIndexes() throws IOException {
        write("storium.config.properties", "dialect=memory\nschema.1=a.*\nschema.2=b.*\n");

        assertThat(load(Map.of()).schema()).isEqualTo(List.of("a.*", "b.*"));
    }

    @Test
    void aMissingStoriumConfigFileIsAnError() {
        assertThatThrownBy(() -> load(Map.of("STORIUM_CONFIG", "config/missing.yaml")))
                .isInstanceOf(StoriumException.class)
                .extracting(e -> ((StoriumException) e).code())
                .isEqualTo(ErrorCode.CONFIG);
    }
}
