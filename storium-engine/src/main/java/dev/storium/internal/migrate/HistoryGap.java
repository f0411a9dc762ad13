package dev.storium.internal.migrate;

import dev.storium.error.StoriumException;
import java.util.Locale;

/**
 * A pending file that fails because what it creates exists already: most often the file ran before and its history
 * row was lost. Said as the history table and the database disagreeing, with baseline as the fix, never a drop.
 */
final class HistoryGap {
    private HistoryGap() {}

    /** {@code e} with the disagreement explained when the database said an object already exists; else {@code e}. */
    static StoriumException explain(StoriumException e, Script script, String table) {
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (!lower.contains("already exists") && !lower.contains("duplicate column")) {
            return e;
        }
        return new StoriumException(
                e.code(),
                message + "\nWhat it creates exists already, although the history table " + table + " does not list "
                        + script.tag() + " as applied: the history table " + table + " and the database disagree"
                        + " (a history row deleted by hand, a database restored apart from its history, or statements of an earlier failed"
                        + " run that were repaired but not undone). Fix:"
                        + " compare " + table + " with the database first, and do not drop what exists to make the"
                        + " file run. When the database already holds what " + script.fileName() + " makes, record"
                        + " it instead of running it again: put its row back from a backup of " + table + ", or, on"
                        + " an empty history, run mvn storium:baseline -Dstorium.target=" + script.tag() + ".",
                e.getCause());
    }
}
