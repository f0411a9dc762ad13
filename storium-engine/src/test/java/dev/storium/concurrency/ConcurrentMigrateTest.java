package dev.storium.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Four separate JVMs migrate one database at the same moment: every process succeeds and every file is applied exactly
 * once, by exactly one of them (issue 3, "Concurrency").
 */
class ConcurrentMigrateTest {
    private static final int PROCESSES = 4;
    private static final int FILES = 20;
    private static final int ROWS = 5000;

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void fourProcessesApplyEveryFileExactlyOnce(Dialect dialect) throws Exception {
        try (SharedDatabase db = SharedDatabase.create(dialect, "concurrent")) {
            Path out = work.resolve("migrations");
            List<String> tags = MigrationsFixture.tables(db.config(out), FILES, ROWS);
            List<Child> children = StartBarrier.race(work, Collections.nCopies(PROCESSES, db.childArguments(out)));
            assertEachFileAppliedOnce(db, children, tags, ROWS);
        }
    }

    /**
     * Asserts that every child succeeded, that each of {@code tags} was applied by exactly one of them, once in the
     * history, with {@code rows} rows in its table (a file run twice would double them), and that all children
     * called migrate before the first one returned.
     */
    static void assertEachFileAppliedOnce(SharedDatabase db, List<Child> children, List<String> tags, int rows)
            throws Exception {
        {
            Map<String, Integer> exits = new TreeMap<>();
            for (Child child : children) {
                exits.put(child.name(), child.await(Duration.ofSeconds(120)));
            }
            String all = children.stream().map(Child::describe).collect(Collectors.joining("\n"));
            assertThat(exits)
                    .as("exit codes\n%s", all)
                    .allSatisfy((name, exit) -> assertThat(exit).isZero());
            Map<String, List<String>> appliers = new TreeMap<>();
            for (Child child : children) {
                child.values("applied")
                        .forEach(tag -> appliers.computeIfAbsent(tag, t -> new ArrayList<>())
                                .add(child.name()));
            }
            Map<String, List<String>> twice = appliers.entrySet().stream()
                    .filter(entry -> entry.getValue().size() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
            assertThat(twice)
                    .as("files applied by more than one process\n%s", all)
                    .isEmpty();
            assertThat(appliers.keySet()).as("files applied\n%s", all).containsExactlyElementsOf(tags);
            assertThat(children.stream()
                            .mapToInt(child -> child.values("applied").size())
                            .sum())
                    .as("applied counts of all processes")
                    .isEqualTo(tags.size());
            assertThat(db.historyCounts())
                    .as("history rows per tag")
                    .isEqualTo(tags.stream().collect(Collectors.toMap(Function.identity(), t -> 1)));
            for (int n = 1; n <= tags.size(); n++) {
                assertThat(db.rows(MigrationsFixture.table(n)))
                        .as("rows of %s (a file applied twice would double them)", MigrationsFixture.table(n))
                        .isEqualTo(rows);
            }
            assertThat(lastStart(children))
                    .as("every process called migrate before the first one returned\n%s", all)
                    .isLessThan(firstFinish(children));
        }
    }

    private static long lastStart(List<Child> children) {
        return children.stream()
                .mapToLong(child -> Long.parseLong(child.value("started")))
                .max()
                .orElseThrow();
    }

    private static long firstFinish(List<Child> children) {
        return children.stream()
                .mapToLong(child -> Long.parseLong(child.value("finished")))
                .min()
                .orElseThrow();
    }
}
