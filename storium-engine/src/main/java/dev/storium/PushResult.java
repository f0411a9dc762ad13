package dev.storium;

import java.util.List;

/**
 * What {@link Storium#push} did.
 *
 * @param success false when push refused or a statement failed
 * @param message the report for people
 * @param statements the statements applied (for a dry run or a refusal: those that would be)
 * @param error the failure when {@code success} is false, else null
 */
public record PushResult(boolean success, String message, List<String> statements, StoriumException error) {
    public PushResult {
        statements = List.copyOf(statements);
    }
}
