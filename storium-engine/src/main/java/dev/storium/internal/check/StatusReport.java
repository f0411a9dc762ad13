package dev.storium.internal.check;

import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.migrate.MigrationState;
import dev.storium.internal.migration.MigrationFolder;
import dev.storium.internal.migration.Status;
import dev.storium.options.SchemaSource;
import dev.storium.options.StatusFormat;
import dev.storium.options.StatusOptions;
import dev.storium.result.MigrationStatus;
import dev.storium.result.MigrationStatus.State;
import dev.storium.result.StatusResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The status command: the offline part ({@link Status}) and, with a database configured, a table of every migration
 * and where it stands in it ({@link MigrationState}, the classification migrate and check share); and the same report
 * as JSON.
 */
public final class StatusReport {
    private StatusReport() {}

    /**
     * The status of the code, the migrations directory and, when configured, the database. A database that cannot be
     * read fails the status, which still carries the offline part.
     */
    public static StatusResult run(StoriumConfig config, SchemaSource source, StatusOptions options) {
        StatusResult result = read(config, source);
        return options.output() == null ? result : write(result, options.format(), options.output(), config.baseDir());
    }

    private static StatusResult read(StoriumConfig config, SchemaSource source) {
        MigrationFolder folder = MigrationFolder.read(config.out(), config.dialect());
        StatusResult offline = Status.run(config, source, folder);
        if (!config.hasDatabase()) {
            return offline;
        }
        String database = Connections.describe(config);
        String heading = "\nDatabase: " + database + " (history table " + config.migrationsTable() + ")";
        List<MigrationStatus> history;
        try (Connection connection = Connections.openReadOnly(config, "status")) {
            history = MigrationState.read(config, folder, connection).stream()
                    .map(StatusReport::status)
                    .collect(Collectors.toList());
        } catch (StoriumException e) {
            return failed(offline, heading, database, e);
        } catch (SQLException e) {
            StoriumException error = new StoriumException(
                    ErrorCode.DATABASE,
                    "Could not close the connection after status: " + Connections.safeMessage(e, config) + ".",
                    e);
            return failed(offline, heading, database, error);
        }
        String message = offline.message() + heading + ": " + counts(history) + table(history);
        return with(offline, true, message, database, history, null);
    }

    /**
     * Writes the report in {@code format} to {@code file}, creating its directory; the result's message says where.
     * A file that cannot be written fails the status.
     */
    private static StatusResult write(StatusResult result, StatusFormat format, Path file, Path projectDirectory) {
        Path target = file.toAbsolutePath();
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.writeString(
                    target, result.render(format, projectDirectory) + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            StoriumException error = new StoriumException(
                    ErrorCode.IO,
                    "Could not write the status report to " + target + ": "
                            + e.getClass().getSimpleName() + " "
                            + e.getMessage() + ". Fix: set storium.output to a writable file, or leave it unset to"
                            + " print the report.",
                    e);
            return with(result, false, error.getMessage(), result.database(), result.history(), error);
        }
        String written = "Wrote the status report (" + format.key() + ") to " + target;
        return with(
                result,
                result.success(),
                result.message() + "\n" + written,
                result.database(),
                result.history(),
                result.error());
    }

    /** Where one migration stands, for the report. */
    static MigrationStatus status(MigrationState state) {
        State kind = State.valueOf(state.kind().name());
        return new MigrationStatus(
                state.tag(),
                kind,
                state.row() == null ? null : state.row().appliedAt(),
                state.row() == null ? null : state.row().executionMs(),
                state.problem());
    }

    private static StatusResult failed(StatusResult offline, String heading, String database, StoriumException e) {
        String message = offline.message() + heading + ": not read.\n" + e.getMessage();
        return with(offline, false, message, database, List.of(), e);
    }

    private static StatusResult with(
            StatusResult offline,
            boolean success,
            String message,
            String database,
            List<MigrationStatus> history,
            StoriumException error) {
        return new StatusResult(
                success,
                message,
                offline.dialect(),
                offline.directory(),
                offline.migrations(),
                offline.schemaClasses(),
                offline.tables(),
                offline.pendingChanges(),
                offline.changes(),
                database,
                history,
                offline.warnings(),
                error);
    }

    private static String counts(List<MigrationStatus> history) {
        if (history.isEmpty()) {
            return "no migrations.";
        }
        return StatusResult.count(history).entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().label())
                        .collect(Collectors.joining(", "))
                + ".";
    }

    private static String table(List<MigrationStatus> history) {
        int width = history.stream().mapToInt(m -> m.tag().length()).max().orElse(0);
        StringBuilder table = new StringBuilder();
        for (MigrationStatus m : history) {
            table.append("\n  ")
                    .append(String.format(
                            "%-" + width + "s  %-12s", m.tag(), m.state().label()));
            if (m.appliedAt() != null) {
                table.append(" applied ")
                        .append(m.appliedAt())
                        .append(" in ")
                        .append(m.executionMs())
                        .append(" ms");
            }
            if (m.detail() != null) {
                table.append("\n      ").append(m.detail());
            }
        }
        return table.toString().replaceAll(" +\n", "\n").stripTrailing();
    }
}
