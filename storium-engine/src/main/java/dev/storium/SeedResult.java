package dev.storium;

/**
 * What {@link Storium#seed} did.
 *
 * @param success false when a seed failed or the seeds could not be loaded
 * @param message the report for people: one line per seed run, then the count (or the failure)
 * @param count the seeds applied by this run (before the failure, when one failed)
 * @param error the failure when {@code success} is false, else null
 */
public record SeedResult(boolean success, String message, int count, StoriumException error) {
    public SeedResult {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        if (success == (error != null)) {
            throw new IllegalArgumentException("a successful result has no error, a failed one has one");
        }
    }
}
