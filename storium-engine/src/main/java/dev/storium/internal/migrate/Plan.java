package dev.storium.internal.migrate;

import dev.storium.ErrorCode;
import dev.storium.StoriumException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a migrate run will do, found by comparing the files with the history table by tag and hash: the pending files
 * in journal order, or one exception naming every file that is edited, missing, out of order or failed, with the fix
 * for each.
 *
 * @param pending the files to apply, in journal order
 * @param outOfOrder the pending files older than the newest applied one (applied only when the run allows it)
 * @param applied how many files of the directory the history holds as applied
 */
record Plan(List<Script> pending, List<Script> outOfOrder, int applied) {
    Plan {
        pending = List.copyOf(pending);
        outOfOrder = List.copyOf(outOfOrder);
    }

    /**
     * The plan for {@code scripts} (journal order) against the history {@code rows}; throws a {@code MIGRATION_FOLDER}
     * exception listing every problem, unless there is none. Out-of-order files are a problem unless
     * {@code allowOutOfOrder}.
     */
    static Plan of(
            List<Script> scripts,
            Map<String, HistoryRow> rows,
            boolean allowOutOfOrder,
            Path directory,
            String table,
            String database) {
        List<String> problems = new ArrayList<>();
        Set<String> tags = scripts.stream().map(Script::tag).collect(Collectors.toSet());
        Script newest = null;
        List<Script> pending = new ArrayList<>();
        for (Script script : scripts) {
            HistoryRow row = rows.get(script.tag());
            if (row == null) {
                pending.add(script);
            } else if (!row.success()) {
                problems.add(failed(script, row, table));
            } else {
                newest = script;
                if (!row.sha256().equals(script.hash())) {
                    problems.add(edited(script, row));
                }
            }
        }
        for (HistoryRow row : rows.values()) {
            if (!tags.contains(row.tag())) {
                problems.add(missing(row, directory, table));
            }
        }
        List<Script> late = new ArrayList<>();
        for (Script script : pending) {
            if (newest != null && isOlder(script, newest)) {
                late.add(script);
                if (!allowOutOfOrder) {
                    problems.add(outOfOrder(script, newest));
                }
            }
        }
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("Cannot migrate ")
                    .append(database)
                    .append(": the migrations in ")
                    .append(directory)
                    .append(" disagree with the history table ")
                    .append(table)
                    .append(problems.size() == 1 ? " (1 problem):" : " (" + problems.size() + " problems):");
            problems.forEach(problem -> message.append("\n  - ").append(problem));
            message.append("\nNothing was applied.");
            throw new StoriumException(ErrorCode.MIGRATION_FOLDER, message.toString());
        }
        int applied =
                (int) scripts.stream().filter(s -> rows.containsKey(s.tag())).count();
        return new Plan(pending, late, applied);
    }

    private static boolean isOlder(Script pending, Script newestApplied) {
        return pending.migration().entry().idx()
                        < newestApplied.migration().entry().idx()
                || pending.migration().entry().when()
                        < newestApplied.migration().entry().when();
    }

    private static String edited(Script script, HistoryRow row) {
        return script.fileName() + " was edited after it was applied on " + row.appliedAt() + ": its SHA-256 is now "
                + shortHash(script.hash()) + ", the history holds " + shortHash(row.sha256())
                + ". Fix: restore it (git checkout -- " + script.fileName() + "), or if the edit is deliberate run"
                + " mvn storium:repair to accept the new hash.";
    }

    private static String missing(HistoryRow row, Path directory, String table) {
        return row.tag() + ".sql was applied on " + row.appliedAt() + " but is missing from " + directory
                + ". Fix: restore it from version control; if it was removed deliberately, delete its history row"
                + " by hand: DELETE FROM " + table + " WHERE tag = '"
                + row.tag().replace("'", "''") + "'.";
    }

    private static String outOfOrder(Script script, Script newest) {
        return script.fileName() + " is pending but older than " + newest.fileName()
                + ", the newest applied migration (journal: " + position(script) + " against " + position(newest)
                + "): it was probably merged from another branch. Fix: check that"
                + " it still fits the schema as it is now, then apply it with -Dstorium.outOfOrder=true.";
    }

    private static String position(Script script) {
        return "idx " + script.migration().entry().idx() + " generated "
                + java.time.Instant.ofEpochMilli(script.migration().entry().when());
    }

    private static String failed(Script script, HistoryRow row, String table) {
        return script.fileName() + " failed on " + row.appliedAt() + " and the failure was not repaired (its row in "
                + table + " has success = false; statements before the failing one may stay applied). Fix: correct"
                + " the file, undo what its applied statements changed (or make them safe to run again), then run"
                + " mvn storium:repair to clear the failed row and migrate again.";
    }

    private static String shortHash(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "..." : hash;
    }
}
