package dev.storium.options;

/**
 * Options of {@link dev.storium.Storium#check}.
 *
 * @param failOnDestructive true to make destructive statements in pending migrations findings that fail the check,
 *     rather than warnings
 */
public record CheckOptions(boolean failOnDestructive) {
    /** Destructive statements are warnings. */
    public static final CheckOptions DEFAULTS = new CheckOptions(false);
}
