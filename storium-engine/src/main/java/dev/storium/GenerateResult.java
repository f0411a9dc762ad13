package dev.storium;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Storium#generate} did.
 *
 * @param success false when nothing could be generated because of an error
 * @param message one screen for people: what was written, or why nothing was
 * @param file the SQL file written, or null when none was
 * @param statements the statements of that file, empty when none was written
 * @param error the failure when {@code success} is false, else null
 */
public record GenerateResult(
        boolean success, String message, Path file, List<String> statements, StoriumException error) {
    public GenerateResult {
        statements = List.copyOf(statements);
    }
}
