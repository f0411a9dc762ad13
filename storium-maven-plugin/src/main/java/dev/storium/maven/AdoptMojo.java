package dev.storium.maven;

import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import dev.storium.options.AdoptOptions;
import dev.storium.result.GoalResult;
import java.io.File;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Takes over a database that drizzle-orm's migrator or Flyway migrated. From drizzle: checks each file its
 * {@code __drizzle_migrations} table recorded against the recorded SHA-256, converts the drizzle-kit folder into
 * Storium's migrations directory (the SQL files unchanged) and records the applied files in Storium's history. From
 * Flyway: checks each applied {@code V<n>__<name>.sql} against the checksum {@code flyway_schema_history} recorded, then
 * writes the Java schema and pull's baseline {@code 0000} into {@code out}, as pull does, and records it. Either way migrate then finds nothing pending.
 * Refuses, changing nothing, when a file was edited after it was applied or is missing. The other tool's table is left
 * as it was; running it again changes nothing.
 */
@Mojo(name = "adopt", threadSafe = true, configurator = MaskingConfigurator.ID)
public class AdoptMojo extends CodeWritingMojo {
    /**
     * The other tool's migrations folder: drizzle-kit's (its {@code out}, holding {@code meta/_journal.json}), unset the
     * configured migrations directory {@code out}, converted in place; or Flyway's (its {@code V<n>__<name>.sql} files),
     * unset {@code src/main/resources/db/migration}.
     */
    @Parameter(property = "storium.from")
    private File from;

    /** The name of Flyway's history table, as Flyway's {@code flyway.table} gave it. */
    @Parameter(property = "storium.flywayTable", defaultValue = AdoptOptions.FLYWAY_TABLE)
    private String flywayTable;

    /**
     * The schema of Flyway's history table, as Flyway's {@code flyway.defaultSchema} (else the first of
     * {@code flyway.schemas}) gave it; unset, the connection's own.
     */
    @Parameter(property = "storium.flywaySchema")
    private String flywaySchema;

    public AdoptMojo() {
        super("adopt", Reporting.FAILURE_ONLY);
    }

    @Override
    GoalResult run(StoriumConfig config) {
        return Storium.adopt(
                config,
                new AdoptOptions(from == null ? null : from.toPath(), flywayTable, flywaySchema, codeOptions(false)));
    }
}
