package dev.storium.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.library.LibraryApplication;
import com.fasterxml.jackson.databind.JsonNode;
import dev.storium.config.Dialect;
import dev.storium.spring.ExampleApp.Response;
import dev.storium.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The example service started by Spring Boot's test support on a fresh database: migrated at start-up, seeded, serving
 * through its store, healthy; then changed by hand, and reported.
 */
@SpringBootTest(classes = LibraryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(OrderAnnotation.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class LibraryServiceTest {
    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    /**
     * The application's database (on SQLite with foreign keys on, as the example's) and a copy of the example's
     * migrations for {@code dialect}.
     */
    static void register(DynamicPropertyRegistry registry, TestDatabases databases, Dialect dialect) throws Exception {
        Path migrations = ExampleApp.migrationsCopy(dialect, Files.createTempDirectory("storium_example_"));
        String url = databases.url(dialect) + (dialect == Dialect.SQLITE ? "?foreign_keys=true" : "");
        registry.add("spring.datasource.url", () -> url);
        registry.add("storium.out", migrations::toString);
    }

    @Test
    @Order(1)
    void startUpAppliedEveryMigrationOfTheExample() {
        Response status = ExampleApp.get(port, "/actuator/storium");

        assertThat(status.status()).isEqualTo(200);
        List<String> states = new ArrayList<>();
        status.body()
                .path("migrations")
                .forEach(m -> states.add(m.path("tag").asText() + " "
                        + m.path("state").asText() + " " + !m.path("appliedAt").isNull()));
        assertThat(states).containsExactly("0000_create_library applied true");
        assertThat(status.body().path("pendingChanges").asBoolean()).isFalse();
    }

    @Test
    @Order(2)
    void theEndpointReadsTheSeededRowsThroughTheStore() {
        Response books = ExampleApp.get(port, "/books?author=Ursula%20K.%20Le%20Guin");

        assertThat(books.status()).isEqualTo(200);
        assertThat(titles(books.body())).containsExactly("A Wizard of Earthsea 1968", "The Dispossessed 1974");
        assertThat(titles(ExampleApp.get(port, "/books").body()))
                .containsExactly("A Wizard of Earthsea 1968", "Solaris 1961", "The Dispossessed 1974");
    }

    @Test
    @Order(3)
    void healthIsUpWhenCodeMigrationsAndDatabaseAgree() {
        Response storium = ExampleApp.storiumHealth(port);

        assertThat(storium.body().path("status").asText())
                .as("%s", storium.body())
                .isEqualTo("UP");
        assertThat(storium.body().path("details").path("findings")).isEmpty();
        assertThat(ExampleApp.get(port, "/actuator/health").status()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void aColumnAddedByHandIsDriftAndHealthGoesDown() throws Exception {
        execute("ALTER TABLE books ADD COLUMN note varchar(40)");
        try {
            Response storium = ExampleApp.storiumHealth(port);

            assertThat(storium.body().path("status").asText()).isEqualTo("DOWN");
            assertThat(ExampleApp.get(port, "/actuator/health").status()).isEqualTo(503);
            assertThat(storium.body().path("details").path("findings").toString())
                    .contains("Drift: the database vs the applied migrations")
                    .contains("note");
        } finally {
            execute("ALTER TABLE books DROP COLUMN note");
        }
        assertThat(ExampleApp.storiumHealth(port).body().path("status").asText())
                .isEqualTo("UP");
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> titles(JsonNode books) {
        List<String> titles = new ArrayList<>();
        books.forEach(book -> titles.add(
                book.path("title").asText() + " " + book.path("published").asText()));
        return titles;
    }
}
