package dev.storium.internal.migrate;

import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.history.History;
import dev.storium.internal.history.HistoryRow;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.sql.ScriptExecutor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one migration file and records it in the history. Where DDL is transactional (PostgreSQL, SQLite) the file
 * and its history row commit together, or neither does. Where DDL commits on its own (MySQL/MariaDB, H2), and for a
 * file that opts out with {@value Script#NO_TRANSACTION}, statements commit one by one: a failure is recorded as a row
 * with {@code success = false}, which blocks migrate until the file is fixed and {@code storium:repair} clears it.
 */
final class FileRun {
    private static final Logger LOG = LoggerFactory.getLogger(FileRun.class);

    private final StoriumConfig config;
    private final History history;
    private final ScriptExecutor executor;

    FileRun(StoriumConfig config, History history) {
        this.config = config;
        this.history = history;
        this.executor = new ScriptExecutor(config.dialect());
    }

    /** True when {@code script} runs in one transaction with its history row. */
    boolean transactional(Script script) {
        return executor.transactional() && !script.noTransaction();
    }

    /** Applies {@code script} on {@code connection} (in auto-commit mode) and returns its execution time in ms. */
    long apply(Connection connection, Script script) {
        long start = System.nanoTime();
        if (transactional(script)) {
            try {
                executor.execute(
                        CommitHook.wrap(connection, c -> history.insert(c, row(script, start, true))),
                        script.fileName(),
                        script.statements());
            } catch (StoriumException e) {
                throw new StoriumException(e.code(), Connections.mask(e.getMessage(), config), e.getCause());
            }
            return millisSince(start);
        }
        try {
            if (executor.transactional()) {
                runOneByOne(connection, script);
            } else {
                executor.execute(connection, script.fileName(), script.statements());
            }
        } catch (StoriumException e) {
            if (e.code() != ErrorCode.DATABASE) {
                throw e;
            }
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    Connections.mask(e.getMessage(), config) + "\n" + recordFailure(connection, script, start),
                    e.getCause());
        }
        try {
            history.insert(connection, row(script, start, true));
        } catch (SQLException e) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    script.fileName() + " was applied, but recording it in " + history.table() + " failed: "
                            + Connections.safeMessage(e, config) + ". Fix: insert its row by hand (or run mvn"
                            + " storium:baseline on an empty history) before the next migrate, which would run it"
                            + " again.",
                    e);
        }
        return millisSince(start);
    }

    private String recordFailure(Connection connection, Script script, long start) {
        try {
            history.insert(connection, row(script, start, false));
            return script.tag() + " is recorded as failed in " + history.table() + ", and migrate refuses to run"
                    + " until it is repaired: correct the file, undo what its applied statements changed (or make"
                    + " them safe to run again), then run mvn storium:repair and migrate again.";
        } catch (SQLException e) {
            return "Recording the failure in " + history.table() + " failed too (" + Connections.safeMessage(e, config)
                    + "): correct the file and undo what its applied statements changed before migrating again.";
        }
    }

    /** A file that opted out of the transaction, on a database whose DDL is transactional: one statement at a time. */
    private void runOneByOne(Connection connection, Script script) {
        List<String> statements = script.statements();
        for (int i = 0; i < statements.size(); i++) {
            String sql = statements.get(i);
            LOG.debug("{} statement {}: {}", script.fileName(), i + 1, sql);
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                String outcome = i == 0
                        ? "No statement of " + script.fileName() + " was applied."
                        : "Statements 1 to " + i + " of " + script.fileName() + " stay applied (its first line, "
                                + Script.NO_TRANSACTION + ", runs it without a transaction).";
                throw new StoriumException(
                        ErrorCode.DATABASE,
                        "Statement " + (i + 1) + " of " + script.fileName() + " failed on "
                                + config.dialect().key() + ": " + sql + "\nDatabase message: " + e.getMessage()
                                + "\n" + outcome,
                        e);
            }
        }
    }

    private static HistoryRow row(Script script, long start, boolean success) {
        return new HistoryRow(
                script.tag(),
                script.hash(),
                script.migration().entry().when(),
                History.now(),
                millisSince(start),
                success);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
