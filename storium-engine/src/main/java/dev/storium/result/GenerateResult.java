package dev.storium.result;

import dev.storium.error.StoriumException;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link dev.storium.Storium#generate} did.
 *
 * @param success false when nothing could be generated because of an error
 * @param message one screen for people: what was written, or why nothing was
 * @param file the SQL file written, or null when none was
 * @param statements the statements of that file, empty when none was written
 * @param warnings what is worth a look but did not stop the goal, one sentence each
 * @param error the failure when {@code success} is false, else null
 */
public record GenerateResult(
        boolean success,
        String message,
        Path file,
        List<String> statements,
        List<String> warnings,
        StoriumException error)
        implements GoalResult {
    public GenerateResult {
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
        Shapes.require(success, error);
    }

    /** The result of a run that {@code error} stopped. */
    public static GenerateResult failed(StoriumException error) {
        return new GenerateResult(false, error.getMessage(), null, List.of(), List.of(), error);
    }
}
