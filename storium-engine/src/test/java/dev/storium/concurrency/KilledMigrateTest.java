package dev.storium.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.schema.TableDef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A migrate process killed with SIGKILL while it holds the lock, inside a slow migration file: the next migrate
 * succeeds, applies the killed file and the rest, and no lock is left behind (issue 3, "SIGKILL").
 */
class KilledMigrateTest {
    private static final int ROWS = 100;

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void theNextMigrateAfterAKilledOneSucceedsAndNoLockIsLeft(Dialect dialect) throws Exception {
        try (SharedDatabase db = SharedDatabase.create(dialect, "killed")) {
            Path out = work.resolve("migrations");
            StoriumConfig config = db.config(out);
            List<TableDef> schema = new ArrayList<>();
            String first = MigrationsFixture.addTable(config, schema, 1, ROWS);
            String second = MigrationsFixture.addTable(config, schema, 2, ROWS);
            String slow = MigrationsFixture.custom(config, schema, "slow", SlowFile.statements(dialect));
            String last = MigrationsFixture.addTable(config, schema, 3, ROWS);
            SlowFile.install(db);
            assertThat(SlowFile.lockFree(db)).as("lock free before any run").isTrue();

            Child killed = ChildJvm.start("killed", MigrateProcess.class, db.childArguments(out), work);
            awaitInsideSlowFile(db, killed, List.of(first, second));
            assertThat(SlowFile.lockFree(db))
                    .as("lock held by the process in the slow file")
                    .isFalse();
            killed.process().destroyForcibly().waitFor();
            assertThat(killed.process().exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

            assertThat(db.historyCounts()).as("history after the kill").containsOnlyKeys(first, second);
            assertThat(db.number("SELECT COUNT(*) FROM killed_marker"))
                    .as("the killed file left nothing (its transaction rolled back, or it had committed nothing)")
                    .isZero();

            SlowFile.makeFast(db);
            Child next = ChildJvm.start("next", MigrateProcess.class, db.childArguments(out), work);
            assertThat(next.await(Duration.ofSeconds(60))).as(next.describe()).isZero();
            assertThat(next.values("applied")).as(next.describe()).containsExactly(slow, last);
            assertThat(db.historyCounts())
                    .isEqualTo(List.of(first, second, slow, last).stream()
                            .collect(Collectors.toMap(Function.identity(), tag -> 1)));
            assertThat(db.number("SELECT COUNT(*) FROM killed_marker"))
                    .as("the slow file ran once")
                    .isEqualTo(1);
            assertThat(db.rows(MigrationsFixture.table(3))).isEqualTo(ROWS);
            assertThat(SlowFile.lockFree(db)).as("no lock left behind").isTrue();
        }
    }

    /** Waits until the child has applied {@code before} and is running the slow statement; fails after 60 s. */
    private static void awaitInsideSlowFile(SharedDatabase db, Child child, List<String> before) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!(db.historyCounts().keySet().containsAll(before) && SlowFile.running(db))) {
            if (!child.process().isAlive() || System.nanoTime() > deadline) {
                child.process().destroyForcibly().waitFor();
                throw new AssertionError("the child never reached the slow file:\n" + child.describe());
            }
            Thread.sleep(50);
        }
        if (db.dialect() == Dialect.SQLITE) {
            Thread.sleep(500); // SQLite cannot show a running statement: give the child time to enter it
        }
        assertThat(child.process().isAlive()).as(child.describe()).isTrue();
        assertThat(db.historyCounts())
                .as("history while the slow file runs")
                .isEqualTo(Map.of(before.get(0), 1, before.get(1), 1));
    }
}
