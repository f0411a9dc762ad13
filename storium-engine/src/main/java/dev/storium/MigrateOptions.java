package dev.storium;

/**
 * Options of one migrate run.
 *
 * @param outOfOrder apply pending files older than the newest applied one (merged from another branch)
 * @param dryRun print the SQL that would run and change nothing
 */
public record MigrateOptions(boolean outOfOrder, boolean dryRun) {
    /** In order, for real. */
    public static final MigrateOptions DEFAULTS = new MigrateOptions(false, false);
}
