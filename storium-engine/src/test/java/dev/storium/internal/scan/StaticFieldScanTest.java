package dev.storium.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.scan.fixtures.Marker;
import dev.storium.internal.scan.fixtures.good.Tables;
import dev.storium.options.SchemaSource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticFieldScanTest {
    private static final String FIXTURES = "dev.storium.internal.scan.fixtures";

    @TempDir
    Path dir;

    static Path testClasses() {
        try {
            return Path.of(Tables.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> scan(SchemaSource source, String... patterns) {
        return new StaticFieldScan<>(Marker.class, new ClassFilter("schema", List.of(patterns)), source)
                .find().stream()
                        .map(f -> f.where().substring(FIXTURES.length() + 1) + "="
                                + f.value().name())
                        .collect(Collectors.toList());
    }

    private static SchemaSource rootsSource() {
        return new SchemaSource(StaticFieldScanTest.class.getClassLoader(), List.of(testClasses()));
    }

    @Test
    void findsPublicStaticFieldsOfTheTypeInTheMatchingClasses() {
        assertThat(scan(rootsSource(), FIXTURES + ".good.*"))
                .containsExactlyInAnyOrder(
                        "good.PackagePrivate.TAGS=tags",
                        "good.Tables.USERS=users",
                        "good.Tables.POSTS=posts",
                        "good.Tables.ALSO_USERS=users",
                        "good.Tables$Nested.COMMENTS=comments");
    }

    @Test
    void twoStarsReachSubpackages() {
        assertThat(scan(rootsSource(), FIXTURES + ".good.**"))
                .contains("good.deeper.More.AUDIT=audit", "good.Tables.USERS=users");
    }

    @Test
    void anExactClassNameMatchesThatClassOnly() {
        assertThat(scan(rootsSource(), FIXTURES + ".good.deeper.More"))
                .containsExactlyInAnyOrder("good.deeper.More.AUDIT=audit", "good.deeper.More.USERS_AGAIN=users");
    }

    @Test
    void withoutRootsTheClassLoaderIsScanned() {
        SchemaSource source = SchemaSource.of(StaticFieldScanTest.class.getClassLoader());

        assertThat(scan(source, FIXTURES + ".good.deeper.*")).contains("good.deeper.More.AUDIT=audit");
    }

    @Test
    void missingRootsFindNothing() {
        SchemaSource source =
                new SchemaSource(StaticFieldScanTest.class.getClassLoader(), List.of(dir.resolve("absent")));

        assertThat(scan(source)).isEmpty();
    }

    @Test
    void aJarIsARoot() throws IOException {
        Path jar = jarOf(FIXTURES.replace('.', '/') + "/good/deeper/");
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, StaticFieldScanTest.class.getClassLoader())) {
            assertThat(scan(new SchemaSource(loader, List.of(jar)))).contains("good.deeper.More.AUDIT=audit");
        }
    }

    @Test
    void aTypeFromAnotherClassLoaderIsNamed() throws IOException {
        Path jar = jarOf(FIXTURES.replace('.', '/') + "/");
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> scan(new SchemaSource(loader, List.of(jar)), FIXTURES + ".good.deeper.*"))
                    .isInstanceOf(StoriumException.class)
                    .hasMessageStartingWith("Field " + FIXTURES + ".good.deeper.More.AUDIT is a " + FIXTURES
                            + ".Marker loaded by another class loader than Storium's own");
        }
    }

    @Test
    void aClassThatFailsToInitialiseIsNamedWithTheCause() {
        assertThatThrownBy(() -> scan(rootsSource(), FIXTURES + ".broken.*"))
                .isInstanceOf(StoriumException.class)
                .satisfies(e -> assertThat(((StoriumException) e).code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION))
                .hasMessage("Class " + FIXTURES + ".broken.Broken could not be initialised: Table users: column email"
                        + " is listed twice. Fix: remove one.");
    }

    @Test
    void aFieldThatIsNullAfterInitialisationIsNamed() {
        assertThatThrownBy(() -> scan(rootsSource(), FIXTURES + ".nulls.*"))
                .isInstanceOf(StoriumException.class)
                .hasMessageStartingWith("Field " + FIXTURES + ".nulls.Early.FIRST is null after its class was"
                        + " initialised. Fix: assign the definition where the field is declared");
    }

    private Path jarOf(String prefix) throws IOException {
        Path root = testClasses();
        Path jar = dir.resolve("fixtures.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file);
                Stream<Path> classes = Files.walk(root)) {
            for (Path p : (Iterable<Path>) classes::iterator) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (Files.isRegularFile(p) && name.startsWith(FIXTURES.replace('.', '/'))) {
                    if (name.startsWith(prefix) || name.endsWith("/Marker.class")) {
                        out.putNextEntry(new JarEntry(name));
                        out.write(Files.readAllBytes(p));
                        out.closeEntry();
                    }
                }
            }
        }
        return jar;
    }
}
