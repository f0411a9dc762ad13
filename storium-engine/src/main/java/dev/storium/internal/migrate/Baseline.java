package dev.storium.internal.migrate;

import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.history.History;
import dev.storium.internal.history.HistoryRow;
import dev.storium.internal.jdbc.Connections;
import dev.storium.result.BaselineResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The baseline command: on a database whose schema already exists (made by hand or by another tool), records the
 * files up to a target as applied without running them, so that migrate applies only the later ones. Refused when the
 * history already has rows.
 */
public final class Baseline {
    private static final Logger LOG = LoggerFactory.getLogger(Baseline.class);

    private Baseline() {}

    /**
     * Records the files up to and including {@code target} (a tag or its number) as applied without running them;
     * waits at most {@code lockWait} for another process's migration lock.
     */
    public static BaselineResult run(StoriumConfig config, String target, Duration lockWait) {
        List<Script> scripts = Migrate.scripts(config);
        List<Script> marked = upTo(config, scripts, target);
        History history = new History(config.migrationsTable());
        try (Connection connection = Connections.open(config, "baseline");
                MigrationLock lock = Cluster.readyLock(config, connection, lockWait, "baseline")) {
            history.create(connection);
            Map<String, HistoryRow> rows = history.read(connection);
            if (!rows.isEmpty()) {
                throw new StoriumException(
                        ErrorCode.MIGRATION_FOLDER,
                        "Cannot baseline " + Connections.describe(config) + ": its history table "
                                + config.migrationsTable() + " already has " + Migrate.count(rows.size())
                                + " (" + String.join(", ", rows.keySet()) + "). Baseline is for a database Storium has"
                                + " never migrated. Fix: run mvn storium:migrate instead.");
            }
            List<String> tags = new ArrayList<>();
            for (Script script : marked) {
                history.insert(
                        connection,
                        new HistoryRow(
                                script.tag(),
                                script.hash(),
                                script.migration().entry().when(),
                                History.now(),
                                0,
                                true));
                tags.add(script.tag());
                LOG.info("Marked {} as applied (baseline: not run).", script.fileName());
            }
            String message = "Baselined " + Connections.describe(config) + " at "
                    + marked.get(marked.size() - 1).tag()
                    + ": " + Migrate.count(tags.size()) + " marked as applied without running "
                    + (tags.size() == 1 ? "it" : "them") + "; migrate will"
                    + " apply the " + Migrate.count(scripts.size() - tags.size()) + " after it.";
            LOG.info(message);
            return new BaselineResult(true, message, tags, List.of(), null);
        } catch (SQLException e) {
            throw Migrate.failure(config, "baseline", e);
        }
    }

    /** The scripts up to and including the one {@code target} names: its tag (with or without .sql) or its number. */
    static List<Script> upTo(StoriumConfig config, List<Script> scripts, String target) {
        String wanted = target == null ? "" : target.strip();
        if (wanted.endsWith(".sql")) {
            wanted = wanted.substring(0, wanted.length() - ".sql".length());
        }
        for (int i = 0; i < scripts.size(); i++) {
            Script script = scripts.get(i);
            if (script.tag().equals(wanted)
                    || isNumber(wanted, script.migration().entry().idx())) {
                return scripts.subList(0, i + 1);
            }
        }
        String known = scripts.isEmpty()
                ? "there are none"
                : "they are " + scripts.stream().map(Script::tag).collect(Collectors.joining(", "));
        throw new StoriumException(
                ErrorCode.MIGRATION_FOLDER,
                "Cannot baseline at '" + (target == null ? "" : target) + "': no migration in " + config.out()
                        + " has that tag or number (" + known + "). Fix: name the last migration the database"
                        + " already has, by its tag (such as 0003_add_posts) or its number (3).");
    }

    private static boolean isNumber(String text, int idx) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Integer.parseInt(text) == idx;
    }
}
