package dev.storium.options;

import java.time.Duration;
import java.util.Objects;

/**
 * Options of one migrate run.
 *
 * @param outOfOrder apply pending files older than the newest applied one (merged from another branch)
 * @param dryRun print the SQL that would run and change nothing
 * @param lockWait how long to wait for another process's migration lock before failing
 */
public record MigrateOptions(boolean outOfOrder, boolean dryRun, Duration lockWait) {
    /** How long a run waits for the migration lock unless told otherwise: ten minutes. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(10);

    /** In order, for real, waiting up to {@link #DEFAULT_LOCK_WAIT} for the lock. */
    public static final MigrateOptions DEFAULTS = new MigrateOptions(false, false);

    public MigrateOptions {
        Objects.requireNonNull(lockWait, "lockWait");
        if (lockWait.isNegative()) {
            throw new IllegalArgumentException("lockWait cannot be negative: " + lockWait);
        }
    }

    /** Options that wait up to {@link #DEFAULT_LOCK_WAIT} for the lock. */
    public MigrateOptions(boolean outOfOrder, boolean dryRun) {
        this(outOfOrder, dryRun, DEFAULT_LOCK_WAIT);
    }
}
