package dev.storium.result;

import dev.storium.error.StoriumException;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link dev.storium.Storium#diagram} drew.
 *
 * @param success false when diagram refused or failed
 * @param message the report for people: what was drawn, from where, into which file
 * @param file the file written, or null when none was
 * @param tables the number of tables drawn
 * @param relationships the number of foreign keys drawn as relationships
 * @param warnings what the diagram shows otherwise than the schema has it, one sentence each
 * @param error the failure when {@code success} is false, else null
 */
public record DiagramResult(
        boolean success,
        String message,
        Path file,
        int tables,
        int relationships,
        List<String> warnings,
        StoriumException error)
        implements GoalResult {
    public DiagramResult {
        warnings = List.copyOf(warnings);
        Shapes.require(success, error);
    }

    /** The result of a run that {@code error} stopped. */
    public static DiagramResult failed(StoriumException error) {
        return new DiagramResult(false, error.getMessage(), null, 0, 0, List.of(), error);
    }
}
