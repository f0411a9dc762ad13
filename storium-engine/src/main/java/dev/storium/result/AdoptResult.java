package dev.storium.result;

import dev.storium.error.StoriumException;
import java.util.List;

/**
 * What {@link dev.storium.Storium#adopt} took over from drizzle or Flyway.
 *
 * @param success false when adopt refused (a file edited after it was applied, a missing file, a snapshot that cannot
 *     be converted); then nothing was changed
 * @param message the report for people
 * @param source the tool the database was migrated by: {@code drizzle} or {@code flyway} (empty when adopt failed)
 * @param verified the other tool's applied files, each checked against the hash or checksum its history recorded:
 *     drizzle's tags, Flyway's scripts ({@code V1__create_users.sql}) in the order they were applied
 * @param recorded the tags recorded in Storium's history by this run: drizzle's applied files, or Flyway's baseline
 *     {@code 0000_pulled_schema}
 * @param skipped the tags drizzle's migrator never applied because they are older than the last one it applied
 * @param pending the tags not applied yet, newer than the last one applied: migrate applies them
 * @param converted true when this run converted the migrations folder, or wrote Flyway's baseline into it (false when
 *     that was done already)
 * @param warnings what is worth a look but did not stop the goal, one sentence each
 * @param error the failure when {@code success} is false, else null
 */
public record AdoptResult(
        boolean success,
        String message,
        String source,
        List<String> verified,
        List<String> recorded,
        List<String> skipped,
        List<String> pending,
        boolean converted,
        List<String> warnings,
        StoriumException error)
        implements GoalResult {
    public AdoptResult {
        source = source == null ? "" : source;
        verified = List.copyOf(verified);
        recorded = List.copyOf(recorded);
        skipped = List.copyOf(skipped);
        pending = List.copyOf(pending);
        warnings = List.copyOf(warnings);
        Shapes.require(success, error);
    }

    /** The result of a run that {@code error} stopped. */
    public static AdoptResult failed(StoriumException error) {
        return new AdoptResult(
                false, error.getMessage(), "", List.of(), List.of(), List.of(), List.of(), false, List.of(), error);
    }
}
