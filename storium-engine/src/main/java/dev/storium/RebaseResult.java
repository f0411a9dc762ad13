package dev.storium;

import java.util.List;

/**
 * What {@link Storium#rebase} did to the migrations directory.
 *
 * @param success false when rebase refused or could not run
 * @param message the report for people
 * @param renamed one line per migration of this branch moved after the merged ones, such as
 *     {@code 0003_add_y -> 0004_add_y}; empty when there was nothing to move or rebase refused
 * @param error the failure when {@code success} is false, else null
 */
public record RebaseResult(boolean success, String message, List<String> renamed, StoriumException error) {
    public RebaseResult {
        renamed = List.copyOf(renamed);
    }
}
