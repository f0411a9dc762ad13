package dev.storium.internal.migrate;

import dev.storium.config.StoriumConfig;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * SQLite: an operating-system lock ({@link FileChannel#tryLock()}) on a file next to the database file,
 * {@code <database>.storium.lock}, which the operating system releases when the process dies. OS file locks belong to
 * the whole process, so threads of one JVM first take a lock of their own per file; an in-memory database has only
 * that. The lock file is left in place: deleting it while another process waits on it would split the lock.
 */
final class FileLock extends MigrationLock {
    private static final Map<String, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 100;

    private final Path file;
    private final ReentrantLock inProcess;
    private FileChannel channel;
    private java.nio.channels.FileLock osLock;
    private boolean inProcessHeld;

    private FileLock(Path file, ReentrantLock inProcess) {
        this.file = file;
        this.inProcess = inProcess;
    }

    static FileLock create(StoriumConfig config, Connection runConnection, String table) throws SQLException {
        String database = "";
        try (Statement statement = runConnection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA database_list")) {
            while (rows.next()) {
                if ("main".equals(rows.getString("name"))) {
                    database = rows.getString("file");
                }
            }
        }
        Path file = database == null || database.isEmpty()
                ? null
                : Path.of(database)
                        .toAbsolutePath()
                        .normalize()
                        .resolveSibling(Path.of(database).getFileName() + ".storium.lock");
        String key = (file == null ? config.url() : file.toString()) + "#" + table;
        return new FileLock(file, IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock()));
    }

    @Override
    boolean tryAcquire() throws IOException {
        if (!inProcessHeld) {
            try {
                inProcessHeld = inProcess.tryLock(SLICE_SECONDS, TimeUnit.SECONDS);
                if (!inProcessHeld) {
                    return false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the migration lock", e);
            }
        }
        if (file == null) {
            return true;
        }
        if (channel == null) {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        }
        try {
            osLock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            osLock = null;
        }
        if (osLock != null) {
            return true;
        }
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the migration lock", e);
        }
        return false;
    }

    @Override
    String describe() {
        return file == null ? "in-process lock of the in-memory database" : "file lock on " + file;
    }

    @Override
    void release() throws IOException {
        try {
            if (osLock != null) {
                osLock.release();
                osLock = null;
            }
            if (channel != null) {
                channel.close();
                channel = null;
            }
        } finally {
            if (inProcessHeld) {
                inProcessHeld = false;
                inProcess.unlock();
            }
        }
    }
}
