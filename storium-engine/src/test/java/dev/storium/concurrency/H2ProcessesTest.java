package dev.storium.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight JVMs migrate one H2 file database at once (issue 16): through an H2 TCP server, the documented form, every
 * process succeeds and every file is applied once; with {@code AUTO_SERVER=TRUE}, where concurrent processes fail on
 * connection errors ("Lock file recently modified" when opening), each failure names the TCP form as the fix.
 */
class H2ProcessesTest {
    private static final int PROCESSES = 8;
    private static final int FILES = 10;
    private static final int ROWS = 500;

    @TempDir
    Path work;

    @Test
    void eightProcessesThroughATcpServerApplyEveryFileOnce() throws Exception {
        Path directory = Files.createDirectories(work.resolve("db"));
        Server server = Server.createTcpServer("-tcpPort", "0", "-baseDir", directory.toString(), "-ifNotExists")
                .start();
        try {
            String url = "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/app";
            Path out = work.resolve("migrations");
            List<String> tags = MigrationsFixture.tables(config(url, out), FILES, ROWS);

            List<Child> children = race(url, out, true);

            String all = children.stream().map(Child::describe).collect(Collectors.joining("\n"));
            int applied = 0;
            for (Child child : children) {
                assertThat(child.await(Duration.ofSeconds(180))).as(all).isZero();
                applied += child.values("applied").size();
            }
            assertThat(applied).as(all).isEqualTo(FILES);
            assertThat(historyCounts(url))
                    .as(all)
                    .containsOnlyKeys(tags)
                    .allSatisfy((tag, n) -> assertThat(n).isEqualTo(1));
            assertThat(Files.exists(directory.resolve("app.mv.db"))).isTrue();
        } finally {
            server.stop();
        }
    }

    @Test
    void withAutoServerEveryProcessThatFailsNamesTheTcpServerForm() throws Exception {
        String url = "jdbc:h2:file:" + work.resolve("db/app") + ";AUTO_SERVER=TRUE";
        Path out = work.resolve("migrations");
        MigrationsFixture.tables(config(url, out), FILES, ROWS);

        List<Child> children = race(url, out, false);

        String all = children.stream().map(Child::describe).collect(Collectors.joining("\n"));
        for (Child child : children) {
            if (child.await(Duration.ofSeconds(120)) != 0) {
                assertThat(child.value("message"))
                        .as(all)
                        .contains("With AUTO_SERVER=TRUE, the process that opens the database first serves it")
                        .contains("set url to jdbc:h2:tcp://localhost:9092/<name> in every process");
            }
        }
    }

    private List<Child> race(String url, Path out, boolean warmUp) throws Exception {
        return StartBarrier.race(
                work,
                PROCESSES,
                List.of("dialect=" + Dialect.MEMORY.key(), "url=" + url, "out=" + out, "warmUp=" + warmUp));
    }

    private static Map<String, Integer> historyCounts(String url) throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT tag FROM " + StoriumConfig.DEFAULT_MIGRATIONS_TABLE + " WHERE success = TRUE")) {
            while (rows.next()) {
                counts.merge(rows.getString(1), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static StoriumConfig config(String url, Path out) {
        return new StoriumConfig(
                Dialect.MEMORY,
                url,
                null,
                null,
                List.of(),
                List.of(),
                out,
                List.of(),
                Map.of(),
                null,
                out.getParent(),
                null);
    }
}
