package dev.storium.internal.migrate;

import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.history.History;
import dev.storium.internal.history.HistoryRow;
import dev.storium.internal.jdbc.Connections;
import dev.storium.options.RepairOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Repair's part for files a run left unfinished (a row that says running or failed): recorded as applied when the user
 * finished the file by hand, removed when the user undid it, so that migrate runs it from its first statement. Every
 * tag named is checked before anything changes.
 */
final class Unfinished {
    private Unfinished() {}

    /** Settles the files {@code options} names and returns one line per change; throws, changing nothing, on a bad tag. */
    static List<String> settle(
            StoriumConfig config,
            History history,
            Connection connection,
            Map<String, HistoryRow> rows,
            Map<String, Script> scripts,
            RepairOptions options)
            throws SQLException {
        List<String> problems = new ArrayList<>();
        for (String tag : options.markApplied()) {
            check(config, rows, scripts, tag, "markApplied", problems);
        }
        for (String tag : options.markNotStarted()) {
            check(config, rows, scripts, tag, "markNotStarted", problems);
        }
        if (!problems.isEmpty()) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "Cannot repair " + Connections.describe(config) + ": " + String.join(" ", problems)
                            + " Nothing was changed. Fix: name the tags migrate reports as left unfinished or failed.");
        }
        List<String> changes = new ArrayList<>();
        for (String tag : options.markApplied()) {
            HistoryRow row = rows.get(tag);
            Script script = scripts.get(tag);
            int total = script.statements().size();
            Cluster.retried(() -> history.update(
                    connection,
                    new HistoryRow(
                            tag,
                            script.hash(),
                            row.journalWhen(),
                            History.now(),
                            row.executionMs(),
                            true,
                            HistoryRow.State.APPLIED,
                            total,
                            total)));
            changes.add(Repair.log("Recorded " + tag + " as applied (it had stopped " + stopped(row)
                    + "; finished by hand, as -Dstorium.markApplied says); migrate goes on after it."));
        }
        for (String tag : options.markNotStarted()) {
            HistoryRow row = rows.get(tag);
            Cluster.retried(() -> {
                history.delete(connection, tag);
                return null;
            });
            changes.add(Repair.log("Removed the unfinished row of " + tag + " (it had stopped " + stopped(row)
                    + "; undone by hand, as -Dstorium.markNotStarted says); migrate will run " + tag
                    + ".sql from its first statement."));
        }
        return changes;
    }

    private static void check(
            StoriumConfig config,
            Map<String, HistoryRow> rows,
            Map<String, Script> scripts,
            String tag,
            String option,
            List<String> problems) {
        HistoryRow row = rows.get(tag);
        if (!scripts.containsKey(tag)) {
            problems.add("-Dstorium." + option + "=" + tag + " names no file of " + config.out() + ".");
        } else if (row == null) {
            problems.add("-Dstorium." + option + "=" + tag + " names a file the history table "
                    + config.migrationsTable() + " has no row for: it was never started, and migrate runs it as"
                    + " usual.");
        } else if (row.success()) {
            problems.add("-Dstorium." + option + "=" + tag + " names a file already recorded as applied on "
                    + row.appliedAt() + ": there is nothing to settle.");
        }
    }

    /** Where the run stopped in the file of {@code row}, for the change lines. */
    private static String stopped(HistoryRow row) {
        if (row.statementsDone() < 0 || row.statementsTotal() < 0) {
            return "at a failing statement";
        }
        return "after statement " + row.statementsDone() + " of " + row.statementsTotal();
    }

    /** The error of a repair that names files when there is no history table at all. */
    static StoriumException notInHistory(StoriumConfig config, RepairOptions options) {
        List<String> named = new ArrayList<>(options.markApplied());
        named.addAll(options.markNotStarted());
        return new StoriumException(
                ErrorCode.CONFIG,
                "Cannot repair " + String.join(", ", named) + ": the history table " + config.migrationsTable()
                        + " does not exist in " + Connections.describe(config) + ", so no file was started there."
                        + " Nothing was changed. Fix: check the URL, and leave out -Dstorium.markApplied and"
                        + " -Dstorium.markNotStarted.");
    }
}
