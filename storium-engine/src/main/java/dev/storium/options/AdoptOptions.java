package dev.storium.options;

import java.nio.file.Path;

/**
 * Options of one adopt run.
 *
 * @param from the other tool's migrations folder: drizzle-kit's (its {@code meta/_journal.json}, SQL files and
 *     snapshots), or null for the configured migrations directory ({@code out}), then converted in place; Flyway's
 *     (its {@code V<n>__<name>.sql} files), or null for {@link #FLYWAY_LOCATION}
 */
public record AdoptOptions(Path from) {
    /** The other tool's folder is the default: {@code out} for drizzle, {@link #FLYWAY_LOCATION} for Flyway. */
    public static final AdoptOptions DEFAULTS = new AdoptOptions(null);

    /**
     * Flyway's default location, {@code classpath:db/migration}, in a Maven project's sources:
     * {@code src/main/resources/db/migration}, relative to the working directory.
     */
    public static final Path FLYWAY_LOCATION = Path.of("src/main/resources/db/migration");
}
