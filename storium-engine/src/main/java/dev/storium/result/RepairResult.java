package dev.storium.result;

import dev.storium.error.StoriumException;
import java.util.List;

/**
 * What {@link dev.storium.Storium#repair} changed in the history table.
 *
 * @param success false when repair could not run
 * @param message the report for people
 * @param changes one line per change made (a failed row removed, a hash re-aligned)
 * @param warnings what is worth a look but did not stop the goal, one sentence each
 * @param error the failure when {@code success} is false, else null
 */
public record RepairResult(
        boolean success, String message, List<String> changes, List<String> warnings, StoriumException error)
        implements GoalResult {
    public RepairResult {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
        Shapes.require(success, error);
    }

    /** The result of a run that {@code error} stopped. */
    public static RepairResult failed(StoriumException error) {
        return new RepairResult(false, error.getMessage(), List.of(), List.of(), error);
    }
}
