package dev.storium.internal.migrate;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.history.HistoryRow;
import dev.storium.internal.migrate.MigrationState.Kind;
import dev.storium.internal.migration.MigrationSql;
import dev.storium.internal.text.Phrases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a migrate run will do, found by comparing the files with the history table by tag and hash
 * ({@link MigrationState}): the pending files in journal order, or one exception naming every file that is edited,
 * missing, out of order or failed, with the fix for each.
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
        LostFiles.requireDirectory(directory, rows, table, database);
        List<MigrationState> states = MigrationState.classify(scripts, rows, directory, table);
        refuseUnwritten(states, scripts, database);
        List<String> problems = new ArrayList<>();
        problems.addAll(problems(states, Kind.INTERRUPTED, Kind.FAILED, Kind.CHANGED));
        problems.addAll(problems(states, Kind.MISSING));
        if (!allowOutOfOrder) {
            problems.addAll(problems(states, Kind.OUT_OF_ORDER));
        }
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("Cannot migrate ")
                    .append(database)
                    .append(": the migrations in ")
                    .append(directory)
                    .append(" disagree with the history table ")
                    .append(table)
                    .append(" (" + Phrases.count(problems.size(), "problem") + "):");
            problems.forEach(problem -> message.append("\n  - ").append(problem));
            message.append("\nNothing was applied.");
            throw new StoriumException(ErrorCode.MIGRATION_FOLDER, message.toString());
        }
        Map<String, Script> byTag = scripts.stream().collect(Collectors.toMap(Script::tag, Function.identity()));
        return new Plan(
                scripts(states, byTag, Kind.PENDING, Kind.OUT_OF_ORDER),
                scripts(states, byTag, Kind.OUT_OF_ORDER),
                (int) scripts.stream().filter(s -> rows.containsKey(s.tag())).count());
    }

    /** Refuses a pending custom migration that still holds only the comment generate wrote into it. */
    private static void refuseUnwritten(List<MigrationState> states, List<Script> scripts, String database) {
        List<String> pending = states.stream()
                .filter(state -> state.kind() == Kind.PENDING || state.kind() == Kind.OUT_OF_ORDER)
                .map(MigrationState::tag)
                .collect(Collectors.toList());
        List<String> unwritten = scripts.stream()
                .filter(script -> pending.contains(script.tag()) && script.unwritten())
                .map(Script::fileName)
                .collect(Collectors.toList());
        if (unwritten.isEmpty()) {
            return;
        }
        throw new StoriumException(
                ErrorCode.MIGRATION_FOLDER,
                "Cannot migrate " + database + ": " + String.join(", ", unwritten)
                        + (unwritten.size() == 1 ? " is a" + " custom migration" : " are custom migrations")
                        + " not written yet: it holds only the"
                        + " comment generate put there (" + MigrationSql.CUSTOM_PLACEHOLDER + "). Nothing was"
                        + " applied. Fix: write its SQL below the comment, then run mvn storium:rehash to record"
                        + " its SHA-256 and migrate again.");
    }

    private static List<String> problems(List<MigrationState> states, Kind... kinds) {
        return states.stream()
                .filter(state -> List.of(kinds).contains(state.kind()))
                .map(MigrationState::problem)
                .collect(Collectors.toList());
    }

    private static List<Script> scripts(List<MigrationState> states, Map<String, Script> byTag, Kind... kinds) {
        return states.stream()
                .filter(state -> List.of(kinds).contains(state.kind()))
                .map(state -> byTag.get(state.tag()))
                .collect(Collectors.toList());
    }
}
