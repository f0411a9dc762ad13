package dev.storium.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.storium.config.Dialect;
import dev.storium.error.StoriumException;
import dev.storium.spring.ExampleApp.Response;
import dev.storium.testing.TestDatabases;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The example started as an application is, on a fresh database per test: the ways a start can go wrong, and what the
 * health indicator says when the code and the database do not agree.
 */
class StartupTest {
    /** A test run on a fresh PostgreSQL database and on a fresh SQLite one. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "SQLITE"})
    @interface OnEachDatabase {}

    @TempDir
    Path temp;

    private TestDatabases databases;

    @BeforeEach
    void databases() {
        databases = TestDatabases.forPurpose("StartupTest");
    }

    @AfterEach
    void dropDatabases() {
        databases.close();
    }

    @OnEachDatabase
    void anAppliedMigrationEditedAfterwardsStopsTheStartWithStoriumsMessage(Dialect dialect) throws Exception {
        Map<String, String> properties = settings(dialect);
        ExampleApp.start(properties).close();
        Path applied = Path.of(properties.get("storium.out")).resolve("0000_create_library.sql");
        Files.writeString(applied, "\n-- edited after it was applied\n", StandardOpenOption.APPEND);

        Throwable failure = catchThrowable(() -> ExampleApp.start(properties).close());

        assertThat(storiumError(failure))
                .hasMessageContaining("0000_create_library.sql was edited after it was applied")
                .hasMessageContaining("Fix: restore it");
    }

    @OnEachDatabase
    void aMigrationThatFailsStopsTheStartWithStoriumsMessage(Dialect dialect) throws Exception {
        try (Connection connection = databases.connect(dialect);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE books (id integer)");
        }

        Throwable failure =
                catchThrowable(() -> ExampleApp.start(settings(dialect)).close());

        assertThat(storiumError(failure))
                .hasMessageContaining("Statement 2 of 0000_create_library.sql failed on " + dialect.key())
                .hasMessageContaining("CREATE TABLE \"books\"");
    }

    @OnEachDatabase
    void withMigrateDisabledNothingIsAppliedAndHealthNamesThePendingMigration(Dialect dialect) throws Exception {
        try (ConfigurableApplicationContext app = ExampleApp.start(
                settings(dialect, "storium.migrate.enabled", "false", "storium.seed.enabled", "false"))) {
            assertThat(app.getBeansOfType(StoriumMigration.class)).isEmpty();
            assertThat(tables(dialect)).doesNotContain("books", "authors", "__storium_migrations");

            Response storium = ExampleApp.storiumHealth(ExampleApp.port(app));

            assertThat(storium.body().path("status").asText()).isEqualTo("DOWN");
            assertThat(storium.body().path("details").path("findings").toString())
                    .contains("0000_create_library.sql is pending");
            assertThat(ExampleApp.get(ExampleApp.port(app), "/actuator/storium")
                            .body()
                            .path("migrations")
                            .get(0)
                            .path("state")
                            .asText())
                    .isEqualTo("pending");
        }
    }

    @OnEachDatabase
    void aTableChangedInCodeWithoutAMigrationTurnsHealthDown(Dialect dialect) throws Exception {
        try (ConfigurableApplicationContext app = ExampleApp.start(
                settings(dialect, "storium.schema", "dev.storium.spring.changed.*", "storium.seed.enabled", "false"))) {
            Response storium = ExampleApp.storiumHealth(ExampleApp.port(app));

            assertThat(storium.body().path("status").asText()).isEqualTo("DOWN");
            assertThat(storium.body().path("details").path("findings").toString())
                    .contains("Schema in code vs the migrations")
                    .contains("books.isbn");
            assertThat(ExampleApp.get(ExampleApp.port(app), "/actuator/storium")
                            .body()
                            .path("pendingChanges")
                            .asBoolean())
                    .isTrue();
        }
    }

    /** The fresh database of the dialect, a copy of the example's migrations for it, and the other settings given. */
    private Map<String, String> settings(Dialect dialect, String... keysAndValues) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", databases.url(dialect));
        settings.put(
                "storium.out",
                ExampleApp.migrationsCopy(dialect, temp.resolve("migrations")).toString());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            settings.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return settings;
    }

    /** The exception of Storium's that stopped the start, found in the cause chain of Spring's. */
    private static StoriumException storiumError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoriumException) {
                return (StoriumException) cause;
            }
        }
        throw new AssertionError("the start did not fail with a StoriumException", failure);
    }

    private List<String> tables(Dialect dialect) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = databases.connect(dialect);
                ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
