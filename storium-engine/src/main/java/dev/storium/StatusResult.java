package dev.storium;

import java.util.List;

/**
 * What {@link Storium#status} found, offline.
 *
 * @param success false when the status could not be computed
 * @param message the report for people
 * @param migrations the migration tags in journal order
 * @param schemaClasses the classes that hold table definitions
 * @param tables the table names found in code
 * @param pendingChanges true when the code has changes no migration holds yet
 * @param error the failure when {@code success} is false, else null
 */
public record StatusResult(
        boolean success,
        String message,
        List<String> migrations,
        List<String> schemaClasses,
        List<String> tables,
        boolean pendingChanges,
        StoriumException error) {
    public StatusResult {
        migrations = List.copyOf(migrations);
        schemaClasses = List.copyOf(schemaClasses);
        tables = List.copyOf(tables);
    }
}
