package dev.storium.options;

/**
 * Options of one push run.
 *
 * @param force apply destructive changes (drops, narrowing type changes)
 * @param dryRun print the statements and change nothing
 */
public record PushOptions(boolean force, boolean dryRun) {
    /** Not forced, for real. */
    public static final PushOptions DEFAULTS = new PushOptions(false, false);
}
