package dev.storium.result;

import dev.storium.error.StoriumException;
import java.util.List;

/**
 * What {@link dev.storium.Storium#push} did.
 *
 * @param success false when push refused or a statement failed
 * @param message the report for people
 * @param statements the statements applied (for a dry run or a refusal: those that would be)
 * @param warnings what is worth a look but did not stop the goal, one sentence each
 * @param error the failure when {@code success} is false, else null
 */
public record PushResult(
        boolean success, String message, List<String> statements, List<String> warnings, StoriumException error)
        implements GoalResult {
    public PushResult {
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
        Shapes.require(success, error);
    }

    /** The result of a run that {@code error} stopped. */
    public static PushResult failed(StoriumException error) {
        return new PushResult(false, error.getMessage(), List.of(), List.of(), error);
    }
}
