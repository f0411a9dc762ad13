package dev.storium.result;

import dev.storium.error.StoriumException;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link dev.storium.Storium#pull} wrote.
 *
 * @param success false when pull refused or failed
 * @param message the report for people: what was read, what was written, what to run next
 * @param sources the Java files written
 * @param migration the baseline migration written ({@code 0000_...sql}), or null when none was
 * @param tables the number of tables written as code
 * @param warnings each thing of the database the code cannot hold as the database has it, with where and why
 * @param error the failure when {@code success} is false, else null
 */
public record PullResult(
        boolean success,
        String message,
        List<Path> sources,
        Path migration,
        int tables,
        List<String> warnings,
        StoriumException error)
        implements GoalResult {
    public PullResult {
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
        Shapes.require(success, error);
    }

    /** The result of a run that {@code error} stopped. */
    public static PullResult failed(StoriumException error) {
        return new PullResult(false, error.getMessage(), List.of(), null, 0, List.of(), error);
    }
}
