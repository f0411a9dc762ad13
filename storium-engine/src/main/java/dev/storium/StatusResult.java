package dev.storium;

import dev.storium.internal.check.StatusReport;
import java.util.List;

/**
 * What {@link Storium#status} found: the offline part (migrations directory, code) and, with a database configured,
 * where each migration stands in it.
 *
 * @param success false when the status could not be computed, or the configured database could not be read
 * @param message the report for people
 * @param dialect the configured dialect's key, such as {@code postgresql}
 * @param directory the migrations directory, absolute; null when it could not be read
 * @param migrations the migration tags in journal order
 * @param schemaClasses the classes that hold table definitions
 * @param tables the table names found in code
 * @param pendingChanges true when the code has changes no migration holds yet
 * @param changes those changes, one line each, such as {@code add column users.bio}
 * @param database the configured database's URL without its password, or null when none is configured
 * @param history with a database, every migration and where it stands, in journal order then the missing files;
 *     empty without one
 * @param error the failure when {@code success} is false, else null
 */
public record StatusResult(
        boolean success,
        String message,
        String dialect,
        String directory,
        List<String> migrations,
        List<String> schemaClasses,
        List<String> tables,
        boolean pendingChanges,
        List<String> changes,
        String database,
        List<MigrationStatus> history,
        StoriumException error) {
    public StatusResult {
        migrations = List.copyOf(migrations);
        schemaClasses = List.copyOf(schemaClasses);
        tables = List.copyOf(tables);
        changes = List.copyOf(changes);
        history = List.copyOf(history);
    }

    /** The same report as one JSON object, for CI dashboards; docs/status.md describes its fields. */
    public String toJson() {
        return StatusReport.json(this);
    }
}
