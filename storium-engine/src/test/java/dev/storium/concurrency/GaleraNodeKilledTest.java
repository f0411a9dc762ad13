package dev.storium.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.options.MigrateOptions;
import dev.storium.options.RepairOptions;
import dev.storium.result.MigrateResult;
import dev.storium.result.RepairResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database node a migrate of 200 files runs through is killed (SIGKILL of its {@code mariadbd}) in the middle:
 * that migrate fails, the node rejoins, and a migrate through another node takes over the dead run's lease and
 * finishes, each file applied exactly once; a file the dead run was inside is reported exactly and settled by repair
 * (issue 16, "a node killed in the middle of a 200-file migrate").
 */
class GaleraNodeKilledTest {
    private static final int FILES = 200;
    private static final int ROWS = 20;
    private static final int KILLED_NODE = 2;

    @TempDir
    Path work;

    @Test
    void aMigrateThroughAnotherNodeFinishesAfterTheNodeOfTheFirstDied() throws Exception {
        try (SharedDatabase db = SharedDatabase.onCluster("node_killed", 0)) {
            Path out = Files.createDirectory(work.resolve("migrations"));
            StoriumConfig config = db.config(out);
            List<String> tags = MigrationsFixture.tables(config, FILES, ROWS);
            List<String> arguments = List.of(
                    "dialect=" + Dialect.MYSQL.key(), "url=" + db.cluster().url(KILLED_NODE), "out=" + out);

            Child first = ChildJvm.start("through-node-3", MigrateProcess.class, arguments, work);
            try {
                awaitApplied(db, first, 50);
                galera("kill-node", String.valueOf(KILLED_NODE + 1));
                assertThat(first.await(Duration.ofSeconds(120)))
                        .as("the run whose node died fails\n%s", first.describe())
                        .isNotZero();
            } finally {
                first.process().destroyForcibly();
                galera("start-node", String.valueOf(KILLED_NODE + 1));
            }
            int appliedByFirst = db.historyCounts().size();
            assertThat(appliedByFirst).as("files the first run applied").isBetween(50, FILES - 1);

            MigrateResult next = Storium.migrate(config, MigrateOptions.DEFAULTS);
            if (!next.success()) {
                next = settle(db, config, next);
            }
            assertThat(next.success()).as(next.message()).isTrue();
            assertThat(db.historyCounts())
                    .as("history rows per tag")
                    .isEqualTo(tags.stream().collect(Collectors.toMap(Function.identity(), tag -> 1)));
            for (int n = 1; n <= FILES; n++) {
                assertThat(db.rows(MigrationsFixture.table(n)))
                        .as("rows of %s (a file applied twice would double them)", MigrationsFixture.table(n))
                        .isEqualTo(ROWS);
            }
        }
    }

    /**
     * The node died while the first run was inside a file: the next migrate names it, after which statement, and
     * applies nothing; the test looks at the table as a person would and settles the file.
     */
    private static MigrateResult settle(SharedDatabase db, StoriumConfig config, MigrateResult refused)
            throws Exception {
        String tag;
        long done;
        try (var connection = db.connect();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "SELECT tag, statements_done FROM __storium_migrations WHERE state = 'running'")) {
            assertThat(rows.next())
                    .as("a running row, as the message says\n%s", refused.message())
                    .isTrue();
            tag = rows.getString(1);
            done = rows.getLong(2);
            assertThat(rows.next()).as("one running row").isFalse();
        }
        assertThat(refused.message())
                .contains("(1 problem):\n  - " + tag + ".sql was left unfinished: a run claimed it on ")
                .contains(done == 0 ? "before its first statement completed" : "after statement " + done + " of 3")
                .contains("-Dstorium.markNotStarted=" + tag + " so that migrate runs the whole file again.")
                .endsWith("Nothing was applied.");
        String table = "t" + tag.substring(tag.indexOf('_') + 2);
        db.execute("DROP TABLE IF EXISTS " + table);
        RepairResult repaired = Storium.repair(config, new RepairOptions(List.of(), List.of(tag)));
        assertThat(repaired.changes()).as(repaired.message()).hasSize(1);
        return Storium.migrate(config, MigrateOptions.DEFAULTS);
    }

    private static void awaitApplied(SharedDatabase db, Child child, int files) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!db.tableExists("__storium_migrations") || db.historyCounts().size() < files) {
            if (!child.process().isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the first run did not reach " + files + " files:\n" + child.describe());
            }
            Thread.sleep(100);
        }
    }

    /** Runs {@code .ci/galera} with {@code arguments} from the repository root; fails when it fails. */
    private static void galera(String... arguments) throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve(".ci/galera"))) {
            root = root.getParent();
        }
        List<String> command =
                new java.util.ArrayList<>(List.of(root.resolve(".ci/galera").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS))
                .as(String.join(" ", command))
                .isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    }
}
