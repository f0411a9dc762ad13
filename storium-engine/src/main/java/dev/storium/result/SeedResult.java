package dev.storium.result;

import dev.storium.error.StoriumException;
import java.util.List;

/**
 * What {@link dev.storium.Storium#seed} did.
 *
 * @param success false when a seed failed or the seeds could not be loaded
 * @param message the report for people: one line per seed run, then the count (or the failure)
 * @param count the seeds that ran to the end in this run (before the failure, when one failed)
 * @param warnings what is worth a look but did not stop the goal, one sentence each
 * @param error the failure when {@code success} is false, else null
 */
public record SeedResult(boolean success, String message, int count, List<String> warnings, StoriumException error)
        implements GoalResult {
    public SeedResult {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        warnings = List.copyOf(warnings);
        Shapes.require(success, error);
    }

    /** The result of a run that {@code error} stopped. */
    public static SeedResult failed(StoriumException error) {
        return new SeedResult(false, error.getMessage(), 0, List.of(), error);
    }
}
