package dev.storium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The smoke run of the benchmark command, in the build's integration-test phase: every case at tiny sizes, one
 * repetition, against the real databases and whole {@code mvn} processes (Flyway's included). It fails when a case
 * breaks or yields no row; the timings themselves are not judged here.
 */
class SmokeRunTest {
    @Test
    void everyCaseRunsAndTheTableIsWritten() throws Exception {
        Bench.quietEngineLog();
        Path root = Path.of(System.getProperty("storium.bench.root", ".."))
                .toAbsolutePath()
                .normalize();
        Path results = root.resolve("benchmarks/target/smoke-results");

        Report report = Bench.run(
                root,
                Sizes.SMOKE,
                List.of("1", "2", "3", "4"),
                List.of(Dialect.POSTGRESQL, Dialect.MYSQL, Dialect.SQLITE),
                results);

        List<String> rows = report.measurements().stream()
                .map(m -> m.caseName() + " / " + m.dialect() + " / " + m.storium())
                .collect(Collectors.toList());
        assertThat(rows)
                .containsExactly(
                        "1 migrate 5 files / postgresql / mvn storium:migrate",
                        "1 migrate 5 files / postgresql / engine Storium.migrate",
                        "5 peak memory, migrate 5 files / postgresql / mvn storium:migrate",
                        "1 migrate 5 files / mysql / mvn storium:migrate",
                        "1 migrate 5 files / mysql / engine Storium.migrate",
                        "5 peak memory, migrate 5 files / mysql / mvn storium:migrate",
                        "1 migrate 5 files / sqlite / mvn storium:migrate",
                        "1 migrate 5 files / sqlite / engine Storium.migrate",
                        "5 peak memory, migrate 5 files / sqlite / mvn storium:migrate",
                        "2 generate 20 tables / - / engine, first generate",
                        "2 generate 20 tables / - / engine, one-column change (warm)",
                        "2 generate 20 tables / - / mvn storium:generate, no change",
                        "3 insert 1000 rows / postgresql / store.createMany",
                        "3 insert 1000 rows / mysql / store.createMany",
                        "4 status and check, 20 migrations, 1 tables / - / engine Storium.status",
                        "4 status and check, 20 migrations, 1 tables / - / engine Storium.check, no database",
                        "4 status and check, 20 migrations, 1 tables / - / engine Storium.check, postgresql migrated");
        assertThat(report.measurements())
                .allSatisfy(m -> assertThat(m.storiumMedian()).isPositive());
        assertThat(Files.readString(results.resolve("results.md")))
                .contains("| mvn flyway:migrate |")
                .contains("- cores: ")
                .contains("- postgresql: PostgreSQL");
        assertThat(Files.readString(results.resolve("results.json"))).contains("\"peerMedian\"");
    }
}
