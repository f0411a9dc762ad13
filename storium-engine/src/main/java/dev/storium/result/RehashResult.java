package dev.storium.result;

import dev.storium.error.StoriumException;
import java.util.List;

/**
 * What {@link dev.storium.Storium#rehash} changed in the migrations directory's sum file, {@code meta/storium.sum}.
 *
 * @param success false when rehash could not run
 * @param message the report for people
 * @param changes one line per change made (a line added, updated or removed); empty when the file was current
 * @param warnings what is worth a look but did not stop the goal, one sentence each
 * @param error the failure when {@code success} is false, else null
 */
public record RehashResult(
        boolean success, String message, List<String> changes, List<String> warnings, StoriumException error)
        implements GoalResult {
    public RehashResult {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
        Shapes.require(success, error);
    }

    /** The result of a run that {@code error} stopped. */
    public static RehashResult failed(StoriumException error) {
        return new RehashResult(false, error.getMessage(), List.of(), List.of(), error);
    }
}
