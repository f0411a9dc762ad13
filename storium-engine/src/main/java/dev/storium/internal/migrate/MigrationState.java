package dev.storium.internal.migrate;

import dev.storium.config.StoriumConfig;
import dev.storium.internal.history.History;
import dev.storium.internal.history.HistoryRow;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.migration.MigrationFolder;
import dev.storium.internal.text.Phrases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where one migration stands against the history table, found by tag and hash: the one classification that migrate
 * ({@link Plan}), check and status share. A state that blocks migrate carries the fact and its fix.
 *
 * @param kind where the migration stands
 * @param tag the migration's tag, such as {@code 0001_add_posts}
 * @param row its history row, or null when it is pending
 * @param fact for a problem, what is wrong, in one sentence without the fix; else null
 * @param fix for a problem, how to fix it; else null
 */
public record MigrationState(Kind kind, String tag, HistoryRow row, String fact, String fix) {
    /** Where a migration stands. */
    public enum Kind {
        /** Applied, and the file still has the hash it was applied with. */
        APPLIED,
        /** Not applied yet, and newer than every applied migration. */
        PENDING,
        /** Not applied yet, but older than the newest applied migration: merged from another branch. */
        OUT_OF_ORDER,
        /** Applied with a statement failing, and not repaired. */
        FAILED,
        /** Claimed by a run that never finished it: that run died inside the file (or, without the lock, still runs). */
        INTERRUPTED,
        /** Applied, then edited: its hash differs from the history's. */
        CHANGED,
        /** In the history, but its file is gone. */
        MISSING
    }

    public MigrationState {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tag, "tag");
    }

    /** The problem as one line, fact then fix; null when the migration is applied or pending. */
    public String problem() {
        return fact == null ? null : fact + ". Fix: " + fix;
    }

    /**
     * The state of every migration of {@code folder} against the history table of {@code config}, in journal order,
     * then the history rows whose file is missing. Reads only: takes no lock and creates nothing; without a history
     * table every migration is pending. A history table that cannot be read is {@link History#unreadable}'s error.
     */
    public static List<MigrationState> read(StoriumConfig config, MigrationFolder folder, Connection connection) {
        List<Script> scripts = folder.migrations().stream().map(Script::read).collect(Collectors.toList());
        Map<String, HistoryRow> rows;
        try {
            rows = new History(config.migrationsTable()).read(connection);
        } catch (SQLException e) {
            throw History.unreadable(
                    config, e, "check that the database is reachable and that the user may read that table.");
        }
        LostFiles.requireDirectory(config.out(), rows, config.migrationsTable(), Connections.describe(config));
        return classify(scripts, rows, config.out(), config.migrationsTable());
    }

    /** The states of {@code scripts} (journal order) against the history {@code rows}, then the missing files. */
    static List<MigrationState> classify(
            List<Script> scripts, Map<String, HistoryRow> rows, Path directory, String table) {
        Script newest = null;
        for (Script script : scripts) {
            HistoryRow row = rows.get(script.tag());
            if (row != null && row.success()) {
                newest = script;
            }
        }
        List<MigrationState> states = new ArrayList<>();
        for (Script script : scripts) {
            states.add(of(script, rows.get(script.tag()), newest, table));
        }
        Set<String> tags = scripts.stream().map(Script::tag).collect(Collectors.toSet());
        for (HistoryRow row : rows.values()) {
            if (!tags.contains(row.tag())) {
                states.add(new MigrationState(
                        Kind.MISSING,
                        row.tag(),
                        row,
                        row.tag() + ".sql was applied on " + row.appliedAt() + " but is missing from " + directory,
                        restore(directory.resolve(row.tag() + ".sql"))));
            }
        }
        return states;
    }

    /** The fix for an applied file that is gone: bring it back from version control; the history keeps its row. */
    private static String restore(Path file) {
        return "restore it from version control: git checkout -- " + file + " (when a commit deleted it, git log"
                + " --diff-filter=D -- " + file + " names that commit; git checkout <commit>^ -- " + file + " brings"
                + " it back). An applied migration stays in the directory: its history row records what the database"
                + " holds.";
    }

    private static MigrationState of(Script script, HistoryRow row, Script newest, String table) {
        String file = script.fileName();
        if (row == null && newest != null && isOlder(script, newest)) {
            return new MigrationState(
                    Kind.OUT_OF_ORDER,
                    script.tag(),
                    null,
                    file + " is pending but older than " + newest.fileName()
                            + ", the newest applied migration (journal: " + position(script) + " against "
                            + position(newest) + "): it was probably merged from another branch",
                    "check that it still fits the schema as it is now, then apply it with"
                            + " -Dstorium.outOfOrder=true.");
        }
        if (row == null) {
            return new MigrationState(Kind.PENDING, script.tag(), null, null, null);
        }
        if (row.state() == HistoryRow.State.RUNNING) {
            return interrupted(script, row, table);
        }
        if (!row.success()) {
            return new MigrationState(
                    Kind.FAILED,
                    script.tag(),
                    row,
                    file + " failed on " + row.appliedAt() + " and the failure was not repaired (its row in " + table
                            + " has success = false; statements before the failing one may stay applied)",
                    "correct the file, undo what its applied statements changed (or make them safe to run again),"
                            + " then run mvn storium:repair to clear the failed row and migrate again.");
        }
        if (!row.sha256().equals(script.hash())) {
            return new MigrationState(
                    Kind.CHANGED,
                    script.tag(),
                    row,
                    file + " was edited after it was applied on " + row.appliedAt() + ": its SHA-256 is now "
                            + Phrases.shortHash(script.hash()) + ", the history holds "
                            + Phrases.shortHash(row.sha256()),
                    "restore it (git checkout -- " + file + "), or if the edit is deliberate run mvn storium:repair"
                            + " to accept the new hash.");
        }
        return new MigrationState(Kind.APPLIED, script.tag(), row, null, null);
    }

    /** A file whose row still says running: where the run stopped, what is in the database, the two ways out. */
    private static MigrationState interrupted(Script script, HistoryRow row, String table) {
        String file = script.fileName();
        List<String> statements = script.statements();
        int total = statements.size();
        int done = Math.max(0, Math.min(row.statementsDone(), total));
        String where = done == 0 ? "before its first statement completed" : "after statement " + done + " of " + total;
        StringBuilder fact = new StringBuilder(file)
                .append(" was left unfinished: a run claimed it on ")
                .append(row.appliedAt())
                .append(" and stopped inside it ")
                .append(where)
                .append(" (its row in ")
                .append(table)
                .append(" still says running; that run died, or is still running if you read this without the lock).");
        if (done > 0) {
            fact.append(done == 1 ? " Statement 1 is" : " Statements 1 to " + done + " are")
                    .append(" in the database.");
        }
        if (done < total) {
            fact.append(" Statement ")
                    .append(done + 1)
                    .append(" (")
                    .append(abbreviated(statements.get(done)))
                    .append(") was running when it stopped and may or may not have taken effect: check it.");
            if (done + 2 <= total) {
                fact.append(
                                done + 2 == total
                                        ? " Statement " + total + " is"
                                        : " Statements " + (done + 2) + " to " + total + " are")
                        .append(" not");
            }
        } else {
            fact.append(" Only recording the file as applied was missing");
        }
        String fix = done >= total
                ? "run mvn storium:repair -Dstorium.markApplied=" + script.tag() + " to record it as applied."
                : "either finish the file by hand (the statements from " + (done + 1) + " on that did not take"
                        + " effect) and run mvn storium:repair -Dstorium.markApplied=" + script.tag()
                        + " to record it as applied; or undo what its statements changed and run mvn storium:repair"
                        + " -Dstorium.markNotStarted=" + script.tag() + " so that migrate runs the whole file again.";
        return new MigrationState(
                Kind.INTERRUPTED, script.tag(), row, fact.toString().replaceAll("\\.$", ""), fix);
    }

    private static String abbreviated(String sql) {
        String line = sql.strip().replaceAll("\\s+", " ");
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }

    private static boolean isOlder(Script pending, Script newestApplied) {
        return pending.migration().entry().idx()
                        < newestApplied.migration().entry().idx()
                || pending.migration().entry().when()
                        < newestApplied.migration().entry().when();
    }

    private static String position(Script script) {
        return "idx " + script.migration().entry().idx() + " generated "
                + Instant.ofEpochMilli(script.migration().entry().when());
    }
}
