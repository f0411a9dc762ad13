package dev.storium.internal.migrate;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.history.History;
import dev.storium.internal.history.HistoryRow;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.migration.InconsistentFolderException;
import dev.storium.internal.migration.MigrationFolder;
import dev.storium.internal.text.Phrases;
import dev.storium.options.MigrateOptions;
import dev.storium.result.MigrateResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The migrate command: under the migration lock, reads the history, validates the files against it ({@link Plan})
 * and applies the pending ones in journal order ({@link FileRun}). A dry run reads the history without the lock,
 * validates the same way, prints the SQL and changes nothing.
 */
public final class Migrate {
    private static final Logger LOG = LoggerFactory.getLogger(Migrate.class);

    private Migrate() {}

    /** Validates the migrations directory against the history table and applies the pending files under the lock. */
    public static MigrateResult run(StoriumConfig config, MigrateOptions options) {
        List<Script> scripts = scripts(config);
        History history = new History(config.migrationsTable());
        try (Connection connection = Connections.open(config, "migrate")) {
            if (options.dryRun()) {
                return dryRun(config, scripts, history.read(connection), options);
            }
            boolean checksClient = stopWithTheClient(config, connection);
            try {
                Cluster.requireReady(config, connection, "migrate");
                try (MigrationLock lock = MigrationLock.acquire(config, connection, options.lockWait(), "migrate")) {
                    Cluster.syncReads(config, connection);
                    history.create(connection);
                    Plan plan = plan(config, scripts, history.read(connection), options.outOfOrder());
                    return apply(config, history, connection, plan);
                }
            } finally {
                if (checksClient && config.dataSource() != null) {
                    resetClientCheck(connection); // the connection goes back to the application's pool as it came
                }
            }
        } catch (SQLException e) {
            throw failure(config, "migrate", e);
        }
    }

    /**
     * On PostgreSQL 14 and later, makes the server cancel a running statement within a second of this process dying,
     * so a killed migrate stops working soon after its lock is released rather than when the statement ends.
     */
    private static boolean stopWithTheClient(StoriumConfig config, Connection connection) throws SQLException {
        if (config.dialect() == Dialect.POSTGRESQL && connection.getMetaData().getDatabaseMajorVersion() >= 14) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET client_connection_check_interval = '1s'");
            }
            return true;
        }
        return false;
    }

    private static void resetClientCheck(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("RESET client_connection_check_interval");
        } catch (SQLException e) {
            LOG.debug("Could not reset client_connection_check_interval: {}", e.getMessage());
        }
    }

    private static MigrateResult apply(StoriumConfig config, History history, Connection connection, Plan plan) {
        if (plan.pending().isEmpty()) {
            String message = upToDate(plan.applied());
            LOG.info(message);
            return new MigrateResult(true, message, List.of(), List.of(), null);
        }
        List<String> warnings = plan.outOfOrder().stream()
                .map(script -> "Applying " + script.fileName() + " out of order: it is older than the newest applied"
                        + " migration (storium.outOfOrder=true).")
                .collect(Collectors.toList());
        warnings.forEach(LOG::warn);
        FileRun run = new FileRun(config, history);
        List<String> applied = new ArrayList<>();
        long total = 0;
        for (Script script : plan.pending()) {
            long millis;
            try {
                millis = run.apply(connection, script);
            } catch (StoriumException e) {
                return failed(HistoryGap.explain(e, script, config.migrationsTable()), applied, warnings);
            }
            total += millis;
            applied.add(script.tag());
            LOG.info("Applied {} in {} ms", script.fileName(), millis);
        }
        String last = applied.get(applied.size() - 1);
        String message = "Applied " + count(applied.size()) + " in " + total + " ms: " + String.join(", ", applied)
                + ". The database is now at " + last + " (" + count(plan.applied() + applied.size())
                + " applied).";
        LOG.info(message);
        return new MigrateResult(true, message, applied, warnings, null);
    }

    /** The result of a run stopped by a failing file, saying which files it applied before. */
    private static MigrateResult failed(StoriumException e, List<String> applied, List<String> warnings) {
        if (applied.isEmpty()) {
            return new MigrateResult(false, e.getMessage(), applied, warnings, e);
        }
        String message = e.getMessage() + "\nApplied before the failure, and kept: " + String.join(", ", applied) + ".";
        return new MigrateResult(
                false, message, applied, warnings, new StoriumException(e.code(), message, e.getCause()));
    }

    private static MigrateResult dryRun(
            StoriumConfig config, List<Script> scripts, Map<String, HistoryRow> rows, MigrateOptions options) {
        Plan plan = plan(config, scripts, rows, options.outOfOrder());
        if (plan.pending().isEmpty()) {
            String message = upToDate(plan.applied());
            LOG.info(message);
            return new MigrateResult(true, message, List.of(), List.of(), null);
        }
        FileRun run = new FileRun(config, new History(config.migrationsTable()));
        for (Script script : plan.pending()) {
            LOG.info(
                    "Dry run: would apply {} ({}):\n{}",
                    script.fileName(),
                    run.transactional(script) ? "in one transaction" : "statement by statement",
                    String.join("\n", script.statements()));
        }
        List<String> tags = plan.pending().stream().map(Script::tag).collect(Collectors.toList());
        String message = "Dry run: " + count(tags.size()) + " would be applied to " + Connections.describe(config)
                + ": " + String.join(", ", tags) + ". Nothing was changed.";
        LOG.info(message);
        return new MigrateResult(true, message, tags, List.of(), null);
    }

    static Plan plan(StoriumConfig config, List<Script> scripts, Map<String, HistoryRow> rows, boolean outOfOrder) {
        return Plan.of(scripts, rows, outOfOrder, config.out(), config.migrationsTable(), Connections.describe(config));
    }

    /** The files of the configured migrations directory, read and hashed, in journal order. */
    static List<Script> scripts(StoriumConfig config) {
        MigrationFolder folder;
        try {
            folder = MigrationFolder.read(config.out(), config.dialect());
        } catch (InconsistentFolderException e) {
            throw LostFiles.explain(config, e);
        }
        return folder.migrations().stream().map(Script::read).collect(Collectors.toList());
    }

    static String upToDate(int applied) {
        return "Schema is up to date: " + count(applied) + " applied, none pending.";
    }

    static String count(int n) {
        return Phrases.count(n, "migration");
    }

    /** A JDBC failure of a whole command, with the password masked. */
    static StoriumException failure(StoriumConfig config, String goal, SQLException e) {
        String cluster = Cluster.explain(e);
        if (cluster != null) {
            return new StoriumException(
                    ErrorCode.DATABASE,
                    "The " + goal + " run failed on " + Connections.describe(config) + ": "
                            + Connections.safeMessage(e, config) + ". " + cluster,
                    e);
        }
        return new StoriumException(
                ErrorCode.DATABASE,
                "The " + goal + " run failed on " + Connections.describe(config) + ": "
                        + Connections.safeMessage(e, config)
                        + ". Fix: check that the database is reachable and that the user may create and change the"
                        + " history table " + config.migrationsTable() + ", then run again."
                        + Connections.autoServerHint(config),
                e);
    }
}
