package dev.storium.result;

import dev.storium.error.StoriumException;
import dev.storium.options.StatusFormat;
import dev.storium.result.MigrationStatus.State;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link dev.storium.Storium#status} found: the offline part (migrations directory, code) and, with a database
 * configured, where each migration stands in it.
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
 * @param warnings what is worth a look but did not stop the status, one sentence each
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
        List<String> warnings,
        StoriumException error)
        implements GoalResult {
    public StatusResult {
        migrations = List.copyOf(migrations);
        schemaClasses = List.copyOf(schemaClasses);
        tables = List.copyOf(tables);
        changes = List.copyOf(changes);
        history = List.copyOf(history);
        warnings = List.copyOf(warnings);
        Shapes.require(success, error);
    }

    /** The result of a status that {@code error} stopped before it read anything. */
    public static StatusResult failed(String dialect, String database, StoriumException error) {
        return new StatusResult(
                false,
                error.getMessage(),
                dialect,
                null,
                List.of(),
                List.of(),
                List.of(),
                false,
                List.of(),
                database,
                List.of(),
                List.of(),
                error);
    }

    /** How many migrations of {@link #history()} stand in each state, in {@link State} order; absent states omitted. */
    public Map<State, Integer> counts() {
        return count(history);
    }

    /** How many of {@code history} stand in each state, in {@link State} order; absent states omitted. */
    public static Map<State, Integer> count(List<MigrationStatus> history) {
        Map<State, Integer> counts = new EnumMap<>(State.class);
        history.forEach(m -> counts.merge(m.state(), 1, Integer::sum));
        return counts;
    }

    /** The report in {@code format}: the message for {@link StatusFormat#TEXT}, {@link #toJson()} for JSON. */
    public String render(StatusFormat format) {
        return render(format, null);
    }

    /**
     * The report in {@code format}: the message for {@link StatusFormat#TEXT}, {@link #toJson(Path)} for JSON, its
     * paths relative to {@code projectDirectory}.
     */
    public String render(StatusFormat format, Path projectDirectory) {
        return format == StatusFormat.JSON ? toJson(projectDirectory) : message;
    }

    /** {@link #toJson(Path)} with paths relative to the working directory. */
    public String toJson() {
        return toJson(null);
    }

    /**
     * The same report as one JSON object, for CI dashboards, with its {@code formatVersion}; paths under
     * {@code projectDirectory} (the working directory when null) are written relative to it. docs/status.md describes
     * the fields.
     */
    public String toJson(Path projectDirectory) {
        return StatusJson.write(this, projectDirectory == null ? Path.of("").toAbsolutePath() : projectDirectory);
    }
}
