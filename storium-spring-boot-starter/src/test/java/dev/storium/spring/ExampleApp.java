package dev.storium.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.library.LibraryApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storium.config.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The example application of examples/spring-boot, its committed migrations, and requests to it. */
final class ExampleApp {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExampleApp() {}

    /** examples/spring-boot, as the build passes it. */
    static Path directory() {
        return Path.of(System.getProperty("example.dir", "../examples/spring-boot"))
                .toAbsolutePath()
                .normalize();
    }

    /** A copy of the example's committed migrations of a dialect, which a test may edit. */
    static Path migrationsCopy(Dialect dialect, Path into) {
        Path from = directory().resolve("migrations").resolve(dialect.key());
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = into.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return into;
    }

    /** The example started on a random port with these properties over its application.properties. */
    static ConfigurableApplicationContext start(Map<String, String> properties) {
        List<String> args = new ArrayList<>();
        args.add("--server.port=0");
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(LibraryApplication.class).run(args.toArray(new String[0]));
    }

    /** The port the started example listens on. */
    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** GET of a path: the status and the body as JSON. */
    static Response get(int port, String path) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Storium's component of /actuator/health. */
    static Response storiumHealth(int port) {
        Response health = get(port, "/actuator/health");
        assertThat(health.body().path("components").has("storium"))
                .as("health %s", health.body())
                .isTrue();
        return new Response(health.status(), health.body().path("components").path("storium"));
    }

    /** An answer: HTTP status and JSON body. */
    record Response(int status, JsonNode body) {}
}
