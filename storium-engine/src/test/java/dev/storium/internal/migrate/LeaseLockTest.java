package dev.storium.internal.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.StoriumException;
import dev.storium.testing.GaleraCluster;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lease that is the migration lock on a Galera node: held across nodes, renewed, taken over once expired. */
class LeaseLockTest {
    private static final String LOCK_TABLE = StoriumConfig.DEFAULT_MIGRATIONS_TABLE + "_lock";

    @TempDir
    Path project;

    GaleraCluster cluster;

    @BeforeEach
    void fresh() {
        cluster = GaleraCluster.fresh("lease");
    }

    @AfterEach
    void drop() {
        cluster.close();
    }

    private StoriumConfig config(int node) {
        return MigrationFiles.in(project, Dialect.MYSQL, cluster.url(node)).config();
    }

    private MigrationLock acquire(int node, Duration wait) throws SQLException {
        try (Connection connection = cluster.connect(node)) {
            return MigrationLock.acquire(config(node), connection, wait, "migrate");
        }
    }

    @Test
    void aLockHeldThroughOneNodeMakesRunsOnTheOtherNodesWait() throws Exception {
        MigrationLock first = acquire(0, Duration.ZERO);
        assertThat(first).isInstanceOf(LeaseLock.class);
        for (int node : List.of(1, 2)) {
            assertThatThrownBy(() -> acquire(node, Duration.ZERO))
                    .isInstanceOf(StoriumException.class)
                    .hasMessageContaining("Gave up waiting for the migration lock")
                    .hasMessageContaining("row 1 of " + LOCK_TABLE + ", a lease of 20 s held by migrate pid ")
                    .hasMessageEndingWith("Fix: let the other run finish, or stop it (the lease of a process that"
                            + " dies expires within 20 s, and is then taken over), then run again.");
        }
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<MigrationLock> patient = other.submit(() -> acquire(2, Duration.ofSeconds(30)));
            Thread.sleep(1000);
            assertThat(patient.isDone()).as("waits while the lock is held").isFalse();
            first.close();
            patient.get(30, TimeUnit.SECONDS).close();
        } finally {
            other.shutdownNow();
        }
        assertThat(count("SELECT COUNT(*) FROM " + LOCK_TABLE))
                .as("released: no row left")
                .isZero();
    }

    @Test
    void theLeaseOfADeadHolderIsTakenOverOnceExpiredAndNotBefore() throws Exception {
        acquire(0, Duration.ZERO).close();
        execute("INSERT INTO " + LOCK_TABLE + " (id, owner, expires_at) VALUES (1, 'a dead run',"
                + " CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED) + 60000)");
        assertThatThrownBy(() -> acquire(1, Duration.ofSeconds(1)))
                .hasMessageContaining("Gave up waiting for the migration lock");

        execute("UPDATE " + LOCK_TABLE + " SET expires_at = CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED) - 1");
        try (MigrationLock taken = acquire(1, Duration.ofSeconds(5))) {
            assertThat(taken.describe()).contains("held by migrate pid ");
            assertThat(count("SELECT COUNT(*) FROM " + LOCK_TABLE + " WHERE owner = 'a dead run'"))
                    .isZero();
        }
    }

    @Test
    void theHolderRenewsItsLeaseWhileItRuns() throws Exception {
        try (MigrationLock lock = acquire(0, Duration.ZERO)) {
            long first = count("SELECT expires_at FROM " + LOCK_TABLE);
            Thread.sleep(6000);
            long later = count("SELECT expires_at FROM " + LOCK_TABLE);
            assertThat(later).as("expiry renewed after 5 s").isGreaterThan(first + 4000);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = cluster.connect(0);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = cluster.connect(1);
                Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION wsrep_sync_wait = 1");
            try (ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
