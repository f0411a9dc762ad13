package dev.storium.result;

import dev.storium.error.StoriumException;
import java.util.List;

/**
 * What {@link dev.storium.Storium#migrate} did.
 *
 * @param success false when migrate refused or a statement failed
 * @param message the report for people
 * @param applied the tags applied by this run, in order (for a dry run: those that would be)
 * @param warnings what is worth a look but did not stop the goal, one sentence each
 * @param error the failure when {@code success} is false, else null
 */
public record MigrateResult(
        boolean success, String message, List<String> applied, List<String> warnings, StoriumException error)
        implements GoalResult {
    public MigrateResult {
        applied = List.copyOf(applied);
        warnings = List.copyOf(warnings);
        Shapes.require(success, error);
    }

    /** The result of a run that {@code error} stopped. */
    public static MigrateResult failed(StoriumException error) {
        return new MigrateResult(false, error.getMessage(), List.of(), List.of(), error);
    }
}
