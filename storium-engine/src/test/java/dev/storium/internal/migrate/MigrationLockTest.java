package dev.storium.internal.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.Redaction;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.options.MigrateOptions;
import dev.storium.result.MigrateResult;
import dev.storium.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The migration lock on each database: a second holder waits, and racing runs apply each file once. */
class MigrationLockTest {
    static TestDatabases databases;

    @TempDir
    Path project;

    @BeforeAll
    static void create() {
        databases = TestDatabases.forPurpose("migrate_lock");
    }

    @AfterAll
    static void drop() {
        databases.close();
    }

    private MigrationFiles files(Dialect dialect) {
        databases.reset(dialect);
        return MigrationFiles.in(project, dialect, databases.url(dialect));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aSecondRunWaitsForTheLockAndGetsItWhenReleased(Dialect dialect) throws Exception {
        MigrationFiles files = files(dialect);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (Connection connection = files.connect()) {
            MigrationLock first = MigrationLock.acquire(files.config(), connection, Duration.ZERO, "migrate");

            Future<?> impatient = other.submit(() -> {
                try (Connection second = files.connect()) {
                    MigrationLock.acquire(files.config(), second, Duration.ZERO, "migrate")
                            .close();
                }
                return null;
            });
            assertThatThrownBy(() -> impatient.get(30, TimeUnit.SECONDS))
                    .cause()
                    .isInstanceOf(StoriumException.class)
                    .satisfies(e -> assertThat(((StoriumException) e).code()).isEqualTo(ErrorCode.DATABASE))
                    .hasMessageStartingWith("Gave up waiting for the migration lock on "
                            + Redaction.url(files.config().url()) + " after ")
                    .hasMessageEndingWith(" Nothing was applied. Fix: let the other run finish, or stop it (a process"
                            + " that dies releases the lock on its own), then run again.");

            Future<?> patient = other.submit(() -> {
                try (Connection second = files.connect()) {
                    MigrationLock.acquire(files.config(), second, Duration.ofSeconds(30), "migrate")
                            .close();
                }
                return null;
            });
            Thread.sleep(300);
            assertThat(patient.isDone()).as("waits while the lock is held").isFalse();
            first.close();
            patient.get(30, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void racingRunsApplyEveryFileExactlyOnce(Dialect dialect) throws Exception {
        MigrationFiles files = files(dialect);
        for (int i = 0; i < 8; i++) {
            files.add("table_" + i, "CREATE TABLE race_" + i + " (id INT NOT NULL PRIMARY KEY)");
        }
        int runs = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        try {
            List<CompletableFuture<MigrateResult>> results = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                results.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                start.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return Storium.migrate(files.config(), MigrateOptions.DEFAULTS);
                        },
                        pool));
            }
            start.countDown();
            List<String> applied = new ArrayList<>();
            for (CompletableFuture<MigrateResult> result : results) {
                MigrateResult done = result.get(60, TimeUnit.SECONDS);
                assertThat(done.success()).as(done.message()).isTrue();
                applied.addAll(done.applied());
            }
            assertThat(applied).hasSize(8).doesNotHaveDuplicates();
            assertThat(files.history()).hasSize(8);
        } finally {
            pool.shutdownNow();
        }
    }
}
