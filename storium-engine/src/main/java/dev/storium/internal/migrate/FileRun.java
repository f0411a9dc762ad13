package dev.storium.internal.migrate;

import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.history.History;
import dev.storium.internal.history.HistoryRow;
import dev.storium.internal.history.HistoryRow.State;
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
 * file that opts out with {@value Script#NO_TRANSACTION}, statements commit one by one: the file is claimed first (its
 * row committed as running), the row counts the statements as they complete, and ends as applied or failed. A run that
 * dies inside the file leaves the row running, so the next migrate says exactly where it stopped; a failed or
 * unfinished row blocks migrate until {@code storium:repair} settles it. History writes are retried on a conflict.
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
        int total = script.statements().size();
        if (transactional(script)) {
            try {
                executor.execute(
                        CommitHook.wrap(connection, c -> history.insert(c, row(script, start, State.APPLIED, total))),
                        script.fileName(),
                        script.statements());
            } catch (StoriumException e) {
                throw new StoriumException(e.code(), Connections.mask(e.getMessage(), config), e.getCause());
            }
            return millisSince(start);
        }
        claim(connection, script, start);
        int[] done = {0};
        ScriptExecutor.Progress progress = completed -> {
            done[0] = completed;
            Cluster.retried(() -> {
                history.progress(connection, script.tag(), completed);
                return null;
            });
        };
        try {
            if (executor.transactional()) {
                runOneByOne(connection, script, progress);
            } else {
                executor.execute(connection, script.fileName(), script.statements(), progress);
            }
        } catch (StoriumException e) {
            String cluster = Cluster.explain(e.getCause());
            throw new StoriumException(
                    e.code(),
                    Connections.mask(e.getMessage(), config) + (cluster == null ? "" : "\n" + cluster) + "\n"
                            + recordFailure(connection, script, start, done[0]),
                    e.getCause());
        } catch (SQLException e) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    "Could not record the progress of " + script.fileName() + " in " + history.table() + " after"
                            + " statement " + done[0] + ": " + Connections.safeMessage(e, config) + ".\n"
                            + recordFailure(connection, script, start, done[0]),
                    e);
        }
        try {
            Cluster.retried(() -> history.update(connection, row(script, start, State.APPLIED, total)));
        } catch (SQLException e) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    script.fileName() + " was applied, but recording it in " + history.table() + " failed: "
                            + Connections.safeMessage(e, config) + ". Its row still says running, and the next migrate"
                            + " stops there. Fix: run mvn storium:repair -Dstorium.markApplied=" + script.tag()
                            + " to record it as applied.",
                    e);
        }
        return millisSince(start);
    }

    /**
     * Writes and commits the row of {@code script} as running, before its first statement, so that another run sees
     * the file taken and a death inside it is found by the next migrate.
     */
    private void claim(Connection connection, Script script, long start) {
        try {
            Cluster.retried(() -> {
                history.insert(connection, row(script, start, State.RUNNING, 0));
                return null;
            });
        } catch (SQLException e) {
            String reason = Connections.safeMessage(e, config);
            if (Cluster.isDuplicateKey(e)) {
                throw new StoriumException(
                        ErrorCode.DATABASE,
                        script.fileName() + " was not run: another run has claimed it in " + history.table() + " ("
                                + reason + "), although this run holds the migration lock. This run ran nothing of"
                                + " it and recorded nothing. Fix: run migrate again once the other run has finished;"
                                + " it says where " + script.fileName() + " stands.",
                        e);
            }
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    "Could not claim " + script.fileName() + " in " + history.table() + " before running it: "
                            + reason + ". Nothing of it was run. Fix: check that the database is reachable and that"
                            + " the user may write to " + history.table() + ", then run again.",
                    e);
        }
    }

    private String recordFailure(Connection connection, Script script, long start, int done) {
        try {
            Cluster.retried(() -> history.update(connection, row(script, start, State.FAILED, done)));
            return script.tag() + " is recorded as failed in " + history.table() + ", and migrate refuses to run"
                    + " until it is repaired: correct the file, undo what its applied statements changed (or make"
                    + " them safe to run again), then run mvn storium:repair and migrate again.";
        } catch (SQLException e) {
            return "Recording the failure in " + history.table() + " failed too (" + Connections.safeMessage(e, config)
                    + "); its row says a run is inside " + script.fileName() + " after statement " + done + ", and"
                    + " the next migrate says what to do.";
        }
    }

    /** A file that opted out of the transaction, on a database whose DDL is transactional: one statement at a time. */
    private void runOneByOne(Connection connection, Script script, ScriptExecutor.Progress progress)
            throws SQLException {
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
            progress.completed(i + 1);
        }
    }

    /** The row of {@code script} in {@code state}, {@code done} of its statements completed. */
    private static HistoryRow row(Script script, long start, State state, int done) {
        return new HistoryRow(
                script.tag(),
                script.hash(),
                script.migration().entry().when(),
                History.now(),
                millisSince(start),
                state == State.APPLIED,
                state,
                done,
                script.statements().size());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
