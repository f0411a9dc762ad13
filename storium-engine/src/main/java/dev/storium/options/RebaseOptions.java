package dev.storium.options;

/**
 * Options of one rebase run.
 *
 * @param dryRun print the plan (old and new migration names) and write nothing
 */
public record RebaseOptions(boolean dryRun) {
    /** For real. */
    public static final RebaseOptions DEFAULTS = new RebaseOptions(false);
}
