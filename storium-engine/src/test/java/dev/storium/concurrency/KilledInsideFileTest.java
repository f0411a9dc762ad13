package dev.storium.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.options.MigrateOptions;
import dev.storium.options.RepairOptions;
import dev.storium.result.MigrateResult;
import dev.storium.result.RepairResult;
import dev.storium.schema.TableDef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A migrate killed with SIGKILL between two statements of a file whose statements commit one by one, on a single
 * MariaDB and through a node of the Galera test cluster: the next migrate says where the run stopped and which
 * statements are in the database, and repair settles the file as the user says (issue 16, "exact diagnoses after a
 * death"). On the cluster the next migrate also takes over the dead run's lease once it expires.
 */
class KilledInsideFileTest {
    private static final String STATEMENT_3 = "SELECT SLEEP(seconds) FROM storium_slow";

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mariadb", "galera"})
    void theNextMigrateSaysAfterWhichStatementAKilledRunStopped(String server) throws Exception {
        try (SharedDatabase db = server.equals("galera")
                ? SharedDatabase.onCluster("inside", 1)
                : SharedDatabase.create(Dialect.MYSQL, "inside")) {
            Path out = work.resolve("migrations");
            StoriumConfig config = db.config(out);
            List<TableDef> schema = new ArrayList<>();
            MigrationsFixture.addTable(config, schema, 1, 10);
            String inside = MigrationsFixture.custom(
                    config,
                    schema,
                    "inside",
                    List.of(
                            "CREATE TABLE part_one (id INT NOT NULL PRIMARY KEY)",
                            "INSERT INTO part_one (id) VALUES (1)",
                            STATEMENT_3,
                            "CREATE TABLE part_two (id INT NOT NULL PRIMARY KEY)"));
            String last = MigrationsFixture.addTable(config, schema, 2, 10);
            SlowFile.install(db);

            Child killed = ChildJvm.start("killed", MigrateProcess.class, db.childArguments(out), work);
            awaitStatement3(db, killed, inside);
            killed.process().destroyForcibly().waitFor();
            SlowFile.makeFast(db);

            MigrateResult refused = Storium.migrate(config, MigrateOptions.DEFAULTS);
            assertThat(refused.success()).as(refused.message()).isFalse();
            assertThat(refused.error().code()).isEqualTo(ErrorCode.MIGRATION_FOLDER);
            assertThat(refused.message())
                    .contains("(1 problem):\n  - " + inside + ".sql was left unfinished: a run claimed it on ")
                    .contains(" and stopped inside it after statement 2 of 4 (its row in __storium_migrations still"
                            + " says running; that run died, or is still running if you read this without the"
                            + " lock). Statements 1 to 2 are in the database. Statement 3 (" + STATEMENT_3 + ") was"
                            + " running when it stopped and may or may not have taken effect: check it. Statement 4"
                            + " is not. Fix: either finish the file by hand (the statements from 3 on that did not"
                            + " take effect) and run mvn storium:repair -Dstorium.markApplied=" + inside
                            + " to record it as applied; or undo what its statements changed and run mvn"
                            + " storium:repair -Dstorium.markNotStarted=" + inside
                            + " so that migrate runs the whole file again.\nNothing was applied.");
            assertThat(db.rows("part_one")).isEqualTo(1);

            MigrateResult after;
            if (server.equals("galera")) {
                db.execute("DROP TABLE part_one");
                RepairResult repaired = Storium.repair(config, new RepairOptions(List.of(), List.of(inside)));
                assertThat(repaired.changes()).as(repaired.message()).hasSize(1);
                after = Storium.migrate(config, MigrateOptions.DEFAULTS);
                assertThat(after.applied()).as(after.message()).containsExactly(inside, last);
            } else {
                db.execute("CREATE TABLE part_two (id INT NOT NULL PRIMARY KEY)");
                RepairResult repaired = Storium.repair(config, new RepairOptions(List.of(inside), List.of()));
                assertThat(repaired.changes())
                        .as(repaired.message())
                        .containsExactly("Recorded " + inside + " as applied (it had stopped after statement 2 of 4;"
                                + " finished by hand, as -Dstorium.markApplied says); migrate goes on after it.");
                after = Storium.migrate(config, MigrateOptions.DEFAULTS);
                assertThat(after.applied()).as(after.message()).containsExactly(last);
            }
            assertThat(db.rows("part_one")).as("the INSERT ran once").isEqualTo(1);
            assertThat(db.tableExists("part_two")).isTrue();
        }
    }

    /** Waits until the child has completed statement 2 of {@code tag} and runs statement 3; fails after 60 s. */
    private static void awaitStatement3(SharedDatabase db, Child child, String tag) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String done = "SELECT COALESCE(MAX(statements_done), -1) FROM __storium_migrations WHERE tag = '" + tag + "'";
        while (!(db.tableExists("__storium_migrations") && db.number(done) == 2 && SlowFile.running(db))) {
            if (!child.process().isAlive() || System.nanoTime() > deadline) {
                child.process().destroyForcibly().waitFor();
                throw new AssertionError("the child never reached statement 3 of " + tag + ":\n" + child.describe());
            }
            Thread.sleep(50);
        }
    }
}
