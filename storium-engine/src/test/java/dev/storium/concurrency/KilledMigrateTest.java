package dev.storium.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.options.RepairOptions;
import dev.storium.result.RepairResult;
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
            if (dialect == Dialect.MYSQL || dialect == Dialect.MEMORY) {
                settleTheUnfinishedFile(db, out, config, slow);
            }
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

    /**
     * Where statements commit one by one, the killed run left the slow file claimed and unfinished: the next migrate
     * says so, exactly, and refuses; the slow statement (a read) changed nothing, so the user marks it not started.
     */
    private void settleTheUnfinishedFile(SharedDatabase db, Path out, StoriumConfig config, String slow)
            throws Exception {
        Child refused = ChildJvm.start("refused", MigrateProcess.class, db.childArguments(out), work);
        assertThat(refused.await(Duration.ofSeconds(60))).as(refused.describe()).isEqualTo(1);
        assertThat(refused.value("message"))
                .contains(" - " + slow + ".sql was left unfinished: a run claimed it on ")
                .contains(" and stopped inside it before its first statement completed (its row in"
                        + " __storium_migrations still says running;")
                .contains("Statement 1 (" + SlowFile.statements(db.dialect()).get(0) + ") was running when it"
                        + " stopped and may or may not have taken effect: check it. Statement 2 is not. Fix: either"
                        + " finish the file by hand")
                .contains("-Dstorium.markNotStarted=" + slow + " so that migrate runs the whole file again.");
        RepairResult repaired = Storium.repair(config, new RepairOptions(List.of(), List.of(slow)));
        assertThat(repaired.changes())
                .as(repaired.message())
                .containsExactly("Removed the unfinished row of " + slow + " (it had stopped after statement 0 of 2;"
                        + " undone by hand, as -Dstorium.markNotStarted says); migrate will run " + slow
                        + ".sql from its first statement.");
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
