package dev.storium;

import java.util.List;

/**
 * What {@link Storium#repair} changed in the history table.
 *
 * @param success false when repair could not run
 * @param message the report for people
 * @param changes one line per change made (a failed row removed, a hash re-aligned)
 * @param error the failure when {@code success} is false, else null
 */
public record RepairResult(boolean success, String message, List<String> changes, StoriumException error) {
    public RepairResult {
        changes = List.copyOf(changes);
    }
}
