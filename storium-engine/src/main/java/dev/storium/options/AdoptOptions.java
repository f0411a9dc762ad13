package dev.storium.options;

import java.nio.file.Path;

/**
 * Options of one adopt run.
 *
 * @param from the drizzle-kit migrations folder the database was migrated from (its {@code meta/_journal.json},
 *     SQL files and snapshots), or null for the configured migrations directory ({@code out}): then the folder is
 *     converted in place
 */
public record AdoptOptions(Path from) {
    /** The drizzle-kit folder is the configured migrations directory. */
    public static final AdoptOptions DEFAULTS = new AdoptOptions(null);
}
