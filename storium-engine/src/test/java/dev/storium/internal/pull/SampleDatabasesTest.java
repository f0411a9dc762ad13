package dev.storium.internal.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.result.PullResult;
import dev.storium.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Public sample databases of different shapes, loaded from their published DDL (src/test/resources/pull/samples, each
 * file naming its source and licence), pulled on every dialect each is published for: the whole {@link PullJourney}.
 * Each run appends a line (tables, warnings) to target/pull-samples.txt.
 */
class SampleDatabasesTest {
    private TestDatabases databases;

    @TempDir
    Path project;

    @BeforeEach
    void open() {
        databases = TestDatabases.forPurpose("pull_sample");
    }

    @AfterEach
    void close() {
        databases.close();
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("chinook", Dialect.POSTGRESQL),
                Arguments.of("chinook", Dialect.MYSQL),
                Arguments.of("chinook", Dialect.SQLITE),
                // H2 has no Chinook of its own: PostgreSQL's DDL, whose unquoted names H2 keeps in upper case
                Arguments.of("chinook", Dialect.MEMORY),
                Arguments.of("northwind", Dialect.POSTGRESQL),
                Arguments.of("sakila", Dialect.SQLITE));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("samples")
    void pullsTheSample(String sample, Dialect dialect) throws Exception {
        String ddl = fixture(sample, dialect);
        PullResult pulled = PullJourney.run(dialect, databases, project, connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : ddl.split(";\\s*\\n")) {
                    String text = sql.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
                    if (!text.isBlank()) {
                        statement.execute(text);
                    }
                }
            }
        });
        assertThat(pulled.tables()).isPositive();
        Files.writeString(
                Path.of("target/pull-samples.txt"),
                sample + " on " + dialect.key() + ": " + pulled.tables() + " tables; warnings: " + pulled.warnings()
                        + "\n",
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static String fixture(String sample, Dialect dialect) throws IOException {
        String file = dialect == Dialect.MEMORY ? Dialect.POSTGRESQL.key() : dialect.key();
        String path = "/pull/samples/" + sample + "/" + file + ".sql";
        try (InputStream in = SampleDatabasesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
