package dev.storium.internal.sql;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the statements of one migration file on a connection: in one transaction where DDL is transactional
 * (PostgreSQL, SQLite), statement by statement where it commits on its own (MySQL/MariaDB, H2). On SQLite the
 * {@code PRAGMA foreign_keys} switches at the start and end of the file run outside the transaction, where SQLite
 * honours them, and {@code PRAGMA foreign_key_check} must find no violation before the commit. On PostgreSQL the
 * statements {@code ALTER TYPE ... ADD VALUE IF NOT EXISTS ...} run first, each on its own, before the transaction:
 * PostgreSQL lets no transaction use an enum value it added, and the rest of the file may (a default, rows); being
 * idempotent, they run again harmlessly when the file is run again after a failure.
 */
public final class ScriptExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(ScriptExecutor.class);
    private static final Pattern FOREIGN_KEYS_SWITCH =
            Pattern.compile("(?i)\\s*PRAGMA\\s+foreign_keys\\s*=\\s*\\w+\\s*;?\\s*");
    private static final Pattern FOREIGN_KEY_CHECK = Pattern.compile("(?i)\\s*PRAGMA\\s+foreign_key_check\\b.*");
    private static final Pattern ADD_ENUM_VALUE =
            Pattern.compile("(?is)\\s*ALTER\\s+TYPE\\s+.+\\s+ADD\\s+VALUE\\s+IF\\s+NOT\\s+EXISTS\\s+.*");

    private final Dialect dialect;

    /** An executor for statements of this dialect. */
    public ScriptExecutor(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** True when the dialect runs a whole file in one transaction (its DDL is transactional). */
    public boolean transactional() {
        return dialect == Dialect.POSTGRESQL || dialect == Dialect.SQLITE;
    }

    /** Told how many statements of a file have completed, after each one where statements commit one by one. */
    @FunctionalInterface
    public interface Progress {
        void completed(int statements) throws SQLException;
    }

    /**
     * Executes the statements of {@code source} (a file name, for messages) in order; a failing statement throws a
     * {@link StoriumException} with {@link ErrorCode#DATABASE}, after rolling the file back where that is possible.
     */
    public void execute(Connection connection, String source, List<String> statements) {
        execute(connection, source, statements, done -> {});
    }

    /**
     * Like {@link #execute(Connection, String, List)}, telling {@code progress} after each statement that commits on
     * its own (not in a transactional run, where nothing is kept until the commit).
     */
    public void execute(Connection connection, String source, List<String> statements, Progress progress) {
        try {
            // set only when it differs: MySQL Connector/J sends SET autocommit for every call, a round trip each
            boolean autoCommit = connection.getAutoCommit();
            try {
                if (transactional()) {
                    executeInTransaction(connection, source, statements);
                } else {
                    if (!autoCommit) {
                        connection.setAutoCommit(true);
                    }
                    for (int i = 0; i < statements.size(); i++) {
                        run(connection, source, i, statements.get(i), false);
                        progress.completed(i + 1);
                    }
                }
            } finally {
                if (connection.getAutoCommit() != autoCommit) {
                    connection.setAutoCommit(autoCommit);
                }
            }
        } catch (SQLException e) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    "Could not run " + source + " on " + dialect.key() + ": the connection failed (" + e.getMessage()
                            + "). Check that the database is reachable and run again.",
                    e);
        }
    }

    private void executeInTransaction(Connection connection, String source, List<String> statements)
            throws SQLException {
        int first = 0;
        int end = statements.size();
        if (dialect == Dialect.SQLITE) {
            while (first < end && isForeignKeysSwitch(statements.get(first))) {
                first++;
            }
            while (end > first && isForeignKeysSwitch(statements.get(end - 1))) {
                end--;
            }
            for (int i = first; i < end; i++) {
                if (isForeignKeysSwitch(statements.get(i))) {
                    throw new StoriumException(
                            ErrorCode.MIGRATION_FOLDER,
                            "Statement " + (i + 1) + " of " + source + " switches foreign keys inside the file's"
                                    + " transaction, where SQLite ignores it ("
                                    + statements.get(i).trim() + ")."
                                    + " Move PRAGMA foreign_keys statements to the start or the end of the file.");
                }
            }
        }
        for (int i = 0; i < first; i++) {
            run(connection, source, i, statements.get(i), false);
        }
        List<Integer> early = new ArrayList<>();
        if (dialect == Dialect.POSTGRESQL) {
            for (int i = first; i < end; i++) {
                if (ADD_ENUM_VALUE.matcher(statements.get(i)).matches()) {
                    early.add(i);
                    run(connection, source, i, statements.get(i), false);
                }
            }
        }
        try {
            connection.setAutoCommit(false);
            try {
                for (int i = first; i < end; i++) {
                    if (!early.contains(i)) {
                        run(connection, source, i, statements.get(i), true);
                    }
                }
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } finally {
            // the closing switches run even after a failure, so the connection is left as the file found it
            for (int i = end; i < statements.size(); i++) {
                run(connection, source, i, statements.get(i), false);
            }
        }
    }

    private static boolean isForeignKeysSwitch(String statement) {
        return FOREIGN_KEYS_SWITCH.matcher(statement).matches();
    }

    private void run(Connection connection, String source, int index, String sql, boolean rolledBack) {
        LOG.debug("{} statement {}: {}", source, index + 1, sql);
        try (Statement statement = connection.createStatement()) {
            if (dialect == Dialect.SQLITE && FOREIGN_KEY_CHECK.matcher(sql).matches()) {
                List<String> violations = violations(statement, sql);
                if (!violations.isEmpty()) {
                    throw failure(
                            source,
                            index,
                            sql,
                            "foreign key violations found: " + String.join("; ", violations),
                            rolledBack,
                            null);
                }
                return;
            }
            statement.execute(sql);
        } catch (SQLException e) {
            throw failure(source, index, sql, e.getMessage(), rolledBack, e);
        }
    }

    private static List<String> violations(Statement statement, String sql) throws SQLException {
        List<String> violations = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next() && violations.size() < 10) {
                violations.add("table " + rows.getString(1) + " row " + rows.getString(2) + " references missing "
                        + rows.getString(3) + " row (foreign key #" + rows.getString(4) + ")");
            }
        }
        return violations;
    }

    private StoriumException failure(
            String source, int index, String sql, String reason, boolean rolledBack, SQLException cause) {
        String outcome = rolledBack
                ? "Nothing of " + source + " was applied: its transaction was rolled back."
                : dialect == Dialect.POSTGRESQL
                        ? "Nothing of " + source + " was applied but the enum values added before this statement"
                                + " (ADD VALUE runs before the file's transaction; running the file again skips them)."
                        : index == 0
                                ? "No statement of " + source + " was applied."
                                : "Statements 1 to " + index + " of " + source + " stay applied ("
                                        + dialect.key().toLowerCase(Locale.ROOT)
                                        + " commits each DDL statement on its own).";
        return new StoriumException(
                ErrorCode.DATABASE,
                "Statement " + (index + 1) + " of " + source + " failed on " + dialect.key() + ": " + sql.trim()
                        + "\nDatabase message: " + reason + "\n" + outcome
                        + " Fix the statement (or the data it needs) and run again.",
                cause);
    }
}
