package dev.storium;

import java.util.List;

/**
 * What {@link Storium#baseline} marked as applied.
 *
 * @param success false when baseline refused
 * @param message the report for people
 * @param marked the tags recorded as applied without running them
 * @param error the failure when {@code success} is false, else null
 */
public record BaselineResult(boolean success, String message, List<String> marked, StoriumException error) {
    public BaselineResult {
        marked = List.copyOf(marked);
    }
}
