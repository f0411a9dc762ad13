package dev.storium;

import java.util.List;

/**
 * What {@link Storium#migrate} did.
 *
 * @param success false when migrate refused or a statement failed
 * @param message the report for people
 * @param applied the tags applied by this run, in order (for a dry run: those that would be)
 * @param error the failure when {@code success} is false, else null
 */
public record MigrateResult(boolean success, String message, List<String> applied, StoriumException error) {
    public MigrateResult {
        applied = List.copyOf(applied);
    }
}
