package dev.storium;

import java.util.List;

/**
 * What {@link Storium#rehash} changed in the migrations directory's sum file, {@code meta/storium.sum}.
 *
 * @param success false when rehash could not run
 * @param message the report for people
 * @param changes one line per change made (a line added, updated or removed); empty when the file was current
 * @param error the failure when {@code success} is false, else null
 */
public record RehashResult(boolean success, String message, List<String> changes, StoriumException error) {
    public RehashResult {
        changes = List.copyOf(changes);
    }
}
