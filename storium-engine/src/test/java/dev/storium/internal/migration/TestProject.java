package dev.storium.internal.migration;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.options.SchemaSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A project directory for facade tests: its config points at a schema fixture package and a migrations directory. */
public final class TestProject {
    /** The package that holds the schema versions {@code v1}, {@code v2}, ... */
    public static final String FIXTURES = "dev.storium.internal.migration.fixtures";

    private final Path dir;

    public TestProject(Path dir) {
        this.dir = dir;
    }

    /** The migrations directory. */
    public Path out() {
        return dir.resolve("migrations");
    }

    /** A config for {@code dialect} whose {@code schema} is the classes of the fixture package {@code version}. */
    public StoriumConfig config(Dialect dialect, String version) {
        return config(dialect, version, null, null);
    }

    /** The same config with the database at {@code url} (null for none) and {@code password} (null for
     * none). */
    public StoriumConfig config(Dialect dialect, String version, String url, String password) {
        return new StoriumConfig(
                dialect,
                url,
                null,
                password,
                List.of(FIXTURES + "." + version + ".*"),
                List.of(),
                out(),
                List.of(),
                Map.of(),
                null,
                dir,
                null);
    }

    /** The compiled test classes, scanned as the project's class root. */
    public static SchemaSource source() {
        try {
            Path root = Path.of(TestProject.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return new SchemaSource(TestProject.class.getClassLoader(), List.of(root));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file under the migrations directory with its content, to show that nothing changed. */
    public String listing() {
        if (!Files.exists(out())) {
            return "(none)";
        }
        try (Stream<Path> files = Files.walk(out())) {
            return files.filter(Files::isRegularFile)
                    .sorted()
                    .map(p -> out().relativize(p) + "\n" + read(p))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a file under the migrations directory. */
    public String read(String relative) {
        return read(out().resolve(relative));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in a file under the migrations directory. */
    public void edit(String relative, String from, String to) {
        Path file = out().resolve(relative);
        String text = read(file);
        if (!text.contains(from)) {
            throw new IllegalStateException(relative + " does not contain " + from);
        }
        try {
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
