package dev.storium.concurrency;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A migration file that stays in one statement for as long as the test wants, per dialect, and the probes the SIGKILL
 * test needs: whether a session is inside that statement and whether the migration lock is free. The statement reads
 * its duration from the table {@code storium_slow}, which the test creates outside the migrations, so the run after the
 * kill passes through it at once.
 */
final class SlowFile {
    /** How long the slow statement takes in the run that is killed: far longer than the test waits. */
    static final int SLOW_SECONDS = 20;

    private static final int H2_LOCK_TIMEOUT = 50200;

    private SlowFile() {}

    /** Creates {@code storium_slow} (set to {@link #SLOW_SECONDS}) and the empty table {@code killed_marker}. */
    static void install(SharedDatabase db) throws SQLException {
        db.execute("CREATE TABLE storium_slow (seconds INTEGER NOT NULL)");
        db.execute("INSERT INTO storium_slow (seconds) VALUES (" + SLOW_SECONDS + ")");
        db.execute("CREATE TABLE killed_marker (note VARCHAR(40))");
        if (db.dialect() == Dialect.MEMORY) {
            db.execute("CREATE ALIAS STORIUM_SLEEP FOR 'java.lang.Thread.sleep'");
        }
    }

    /** Makes the slow statement return at once. */
    static void makeFast(SharedDatabase db) throws SQLException {
        db.execute("UPDATE storium_slow SET seconds = 0");
    }

    /**
     * The statements of the slow file: a marker row and the slow statement. Where a file runs in one transaction
     * (PostgreSQL, SQLite) the marker comes first, so a killed run shows that its transaction left nothing; elsewhere it
     * comes last, so the killed run commits nothing and the file can run again.
     */
    static List<String> statements(Dialect dialect) {
        String marker = "INSERT INTO killed_marker (note) VALUES ('the slow file ran')";
        String slow;
        switch (dialect) {
            case POSTGRESQL:
                slow = "SELECT pg_sleep(seconds) FROM storium_slow";
                return List.of(marker, slow);
            case SQLITE:
                slow = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
                        + " WHERE x < (SELECT seconds * 50000000 FROM storium_slow)) SELECT COUNT(*) FROM c";
                return List.of(marker, slow);
            case MYSQL:
                return List.of("SELECT SLEEP(seconds) FROM storium_slow", marker);
            default:
                return List.of("SELECT STORIUM_SLEEP(seconds * 1000) FROM storium_slow", marker);
        }
    }

    /** True when another session runs the slow statement; SQLite, which cannot tell, answers true. */
    static boolean running(SharedDatabase db) throws SQLException {
        switch (db.dialect()) {
            case POSTGRESQL:
                return db.number("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                                + " AND state = 'active' AND query LIKE 'SELECT pg_sleep(%'"
                                + " AND pid <> pg_backend_pid()")
                        > 0;
            case MYSQL:
                return db.number("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE()"
                                + " AND INFO LIKE 'SELECT SLEEP(%' AND ID <> CONNECTION_ID()")
                        > 0;
            case SQLITE:
                return true;
            default:
                return db.number("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
                                + " WHERE EXECUTING_STATEMENT LIKE 'SELECT STORIUM_SLEEP(%'"
                                + " AND SESSION_ID <> SESSION_ID()")
                        > 0;
        }
    }

    /**
     * True when no process holds migrate's lock: no advisory lock in the PostgreSQL database, {@code IS_FREE_LOCK} on
     * MariaDB, the SQLite sidecar file can be locked, the H2 lock row can be inserted.
     */
    static boolean lockFree(SharedDatabase db) throws SQLException, IOException {
        String history = StoriumConfig.DEFAULT_MIGRATIONS_TABLE;
        switch (db.dialect()) {
            case POSTGRESQL:
                return db.number("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND database ="
                                + " (SELECT oid FROM pg_database WHERE datname = current_database())")
                        == 0;
            case MYSQL:
                return db.number("SELECT IS_FREE_LOCK(CONCAT('storium:', DATABASE(), '." + history + "'))") == 1;
            case SQLITE:
                Path database = Path.of(db.url().substring("jdbc:sqlite:".length()));
                Path sidecar = database.resolveSibling(database.getFileName() + ".storium.lock");
                try (FileChannel channel =
                                FileChannel.open(sidecar, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        FileLock lock = channel.tryLock()) {
                    return lock != null;
                }
            default:
                if (!db.tableExists(history + "_lock")) {
                    return true;
                }
                try (Connection connection = db.connect();
                        Statement statement = connection.createStatement()) {
                    statement.execute("SET LOCK_TIMEOUT 500");
                    connection.setAutoCommit(false);
                    statement.executeUpdate("INSERT INTO " + history + "_lock (id) VALUES (1)");
                    connection.rollback();
                    return true;
                } catch (SQLException e) {
                    if (e.getErrorCode() == H2_LOCK_TIMEOUT) {
                        return false;
                    }
                    throw e;
                }
        }
    }
}
