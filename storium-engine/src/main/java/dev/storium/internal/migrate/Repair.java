package dev.storium.internal.migrate;

import dev.storium.config.StoriumConfig;
import dev.storium.internal.history.History;
import dev.storium.internal.history.HistoryRow;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.text.Phrases;
import dev.storium.options.RepairOptions;
import dev.storium.result.RepairResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The repair command: under the migration lock, deletes the rows of failed migrations (so that migrate runs the fixed
 * file again), stores the current hash of applied files that were deliberately edited, and settles the files a run
 * left unfinished as the user says ({@link Unfinished}). Rows whose file is missing
 * are left alone: only a person can tell a lost file from one removed on purpose.
 */
public final class Repair {
    private static final Logger LOG = LoggerFactory.getLogger(Repair.class);

    private Repair() {}

    /**
     * Removes failed history rows and re-aligns stored hashes with the files, logging each change; settles the
     * unfinished files {@code options} names first, and leaves other unfinished files alone (naming them); waits at
     * most {@code lockWait} for another process's migration lock.
     */
    public static RepairResult run(StoriumConfig config, RepairOptions options, Duration lockWait) {
        Map<String, Script> scripts =
                Migrate.scripts(config).stream().collect(Collectors.toMap(Script::tag, Function.identity()));
        History history = new History(config.migrationsTable());
        try (Connection connection = Connections.open(config, "repair");
                MigrationLock lock = Cluster.readyLock(config, connection, lockWait, "repair")) {
            if (!history.exists(connection)) {
                if (!options.markApplied().isEmpty()
                        || !options.markNotStarted().isEmpty()) {
                    throw Unfinished.notInHistory(config, options);
                }
                String message = "Nothing to repair: the history table " + config.migrationsTable()
                        + " does not exist in " + Connections.describe(config) + " yet.";
                LOG.info(message);
                return new RepairResult(true, message, List.of(), List.of(), null);
            }
            history.upgrade(connection);
            Map<String, HistoryRow> rows = history.read(connection);
            List<String> changes =
                    new ArrayList<>(Unfinished.settle(config, history, connection, rows, scripts, options));
            List<String> missing = new ArrayList<>();
            List<String> unfinished = new ArrayList<>();
            for (HistoryRow row : history.read(connection).values()) {
                Script script = scripts.get(row.tag());
                if (row.state() == HistoryRow.State.RUNNING) {
                    unfinished.add(row.tag());
                } else if (!row.success()) {
                    history.delete(connection, row.tag());
                    changes.add(log("Removed the failed row of " + row.tag() + " (failed on " + row.appliedAt()
                            + "); migrate will run " + row.tag() + ".sql again."));
                } else if (script == null) {
                    missing.add(row.tag());
                } else if (!script.hash().equals(row.sha256())) {
                    history.updateHash(connection, row.tag(), script.hash());
                    changes.add(log("Accepted the edited " + script.fileName() + ": stored SHA-256 " + row.sha256()
                            + " replaced by " + script.hash() + "."));
                }
            }
            return new RepairResult(true, summary(config, changes, missing, unfinished), changes, List.of(), null);
        } catch (SQLException e) {
            throw Migrate.failure(config, "repair", e);
        }
    }

    static String log(String change) {
        LOG.info(change);
        return change;
    }

    private static String summary(
            StoriumConfig config, List<String> changes, List<String> missing, List<String> unfinished) {
        String message = changes.isEmpty()
                ? "Nothing to repair: every row of " + config.migrationsTable() + " matches its file."
                : "Repaired " + config.migrationsTable() + ": " + Phrases.count(changes.size(), "change") + ".";
        if (!missing.isEmpty()) {
            message += " Left alone: " + String.join(", ", missing) + " applied but without a file in " + config.out()
                    + "; restore each file from version control (git checkout -- <file>): an applied migration stays"
                    + " in the directory.";
        }
        if (!unfinished.isEmpty()) {
            message += " Left alone: " + String.join(", ", unfinished) + " left unfinished by a run that stopped inside"
                    + " (mvn storium:migrate says after which statement). Say what you did: finished by hand,"
                    + " -Dstorium.markApplied=<tag>; undone by hand, -Dstorium.markNotStarted=<tag>.";
        }
        LOG.info(message);
        return message;
    }
}
