package dev.storium.result;

import dev.storium.error.StoriumException;
import java.util.List;

/**
 * What {@link dev.storium.Storium#baseline} marked as applied.
 *
 * @param success false when baseline refused
 * @param message the report for people
 * @param marked the tags recorded as applied without running them
 * @param warnings what is worth a look but did not stop the goal, one sentence each
 * @param error the failure when {@code success} is false, else null
 */
public record BaselineResult(
        boolean success, String message, List<String> marked, List<String> warnings, StoriumException error)
        implements GoalResult {
    public BaselineResult {
        marked = List.copyOf(marked);
        warnings = List.copyOf(warnings);
        Shapes.require(success, error);
    }

    /** The result of a run that {@code error} stopped. */
    public static BaselineResult failed(StoriumException error) {
        return new BaselineResult(false, error.getMessage(), List.of(), List.of(), error);
    }
}
