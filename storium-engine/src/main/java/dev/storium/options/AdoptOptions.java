package dev.storium.options;

import java.nio.file.Path;
import java.util.List;

/**
 * Options of one adopt run.
 *
 * @param from the other tool's migrations folder: drizzle-kit's (its {@code meta/_journal.json}, SQL files and
 *     snapshots), or null for the configured migrations directory ({@code out}), then converted in place; Flyway's
 *     (its {@code V<n>__<name>.sql} files), or null for {@link #FLYWAY_LOCATION}
 * @param flywayTable the name of Flyway's history table (Flyway's {@code flyway.table}); null or blank for {@link
 *     #FLYWAY_TABLE}
 * @param flywaySchema the schema of Flyway's history table (Flyway's {@code flyway.defaultSchema}, else the first of
 *     {@code flyway.schemas}); null or blank for the connection's own
 * @param code how the Java schema is written when adopt starts from the database (Flyway), as pull writes it: the
 *     package, class name, source directory, table patterns and {@code force}; its {@code baseline} is not read, as
 *     adopt always records the baseline. Null for {@link #DEFAULT_CODE}
 */
public record AdoptOptions(Path from, String flywayTable, String flywaySchema, PullOptions code) {
    /**
     * Flyway's default location, {@code classpath:db/migration}, in a Maven project's sources:
     * {@code src/main/resources/db/migration}, relative to the working directory.
     */
    public static final Path FLYWAY_LOCATION = Path.of("src/main/resources/db/migration");

    /** Flyway's history table unless it was told otherwise. */
    public static final String FLYWAY_TABLE = "flyway_schema_history";

    /**
     * The Java schema as pull writes it by default: class {@code DbSchema} in the default package under
     * {@code src/main/java}, relative to the working directory.
     */
    public static final PullOptions DEFAULT_CODE = new PullOptions(
            List.of(), List.of(), "", PullOptions.DEFAULT_CLASS_NAME, Path.of("src/main/java"), false, false);

    /** The other tool's folder and table are the defaults: {@code out} for drizzle, {@link #FLYWAY_LOCATION} for Flyway. */
    public static final AdoptOptions DEFAULTS = new AdoptOptions(null);

    public AdoptOptions {
        flywayTable = flywayTable == null || flywayTable.isBlank() ? FLYWAY_TABLE : flywayTable.strip();
        flywaySchema = flywaySchema == null || flywaySchema.isBlank() ? null : flywaySchema.strip();
        code = code == null ? DEFAULT_CODE : code;
    }

    /** The other tool's folder {@code from}, the rest the defaults. */
    public AdoptOptions(Path from) {
        this(from, null, null, null);
    }

    /** Flyway's history table as messages name it: {@code flyway_schema_history}, or {@code meta.schema_version}. */
    public String flywayHistory() {
        return flywaySchema == null ? flywayTable : flywaySchema + "." + flywayTable;
    }
}
