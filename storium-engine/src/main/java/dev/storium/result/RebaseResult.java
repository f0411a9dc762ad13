package dev.storium.result;

import dev.storium.error.StoriumException;
import java.util.List;

/**
 * What {@link dev.storium.Storium#rebase} did to the migrations directory.
 *
 * @param success false when rebase refused or could not run
 * @param message the report for people
 * @param renamed one line per migration of this branch moved after the merged ones, such as
 *     {@code 0003_add_y -> 0004_add_y}; empty when there was nothing to move or rebase refused
 * @param warnings what is worth a look but did not stop the goal, one sentence each
 * @param error the failure when {@code success} is false, else null
 */
public record RebaseResult(
        boolean success, String message, List<String> renamed, List<String> warnings, StoriumException error)
        implements GoalResult {
    public RebaseResult {
        renamed = List.copyOf(renamed);
        warnings = List.copyOf(warnings);
        Shapes.require(success, error);
    }

    /** The result of a run that {@code error} stopped. */
    public static RebaseResult failed(StoriumException error) {
        return new RebaseResult(false, error.getMessage(), List.of(), List.of(), error);
    }
}
