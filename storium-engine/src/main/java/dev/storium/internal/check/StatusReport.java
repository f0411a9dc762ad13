package dev.storium.internal.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storium.MigrationStatus;
import dev.storium.MigrationStatus.State;
import dev.storium.SchemaSource;
import dev.storium.StatusResult;
import dev.storium.StoriumException;
import dev.storium.config.StoriumConfig;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.migrate.History;
import dev.storium.internal.migrate.MigrationState;
import dev.storium.internal.migration.MigrationFolder;
import dev.storium.internal.migration.Status;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The status command: the offline part ({@link Status}) and, with a database configured, a table of every migration
 * and where it stands in it ({@link MigrationState}, the classification migrate and check share); and the same report
 * as JSON.
 */
public final class StatusReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StatusReport() {}

    /**
     * The status of the code, the migrations directory and, when configured, the database. A database that cannot be
     * read fails the status, which still carries the offline part.
     */
    public static StatusResult run(StoriumConfig config, SchemaSource source) {
        MigrationFolder folder = MigrationFolder.read(config.out(), config.dialect());
        StatusResult offline = Status.run(config, source, folder);
        if (config.url() == null) {
            return offline;
        }
        String database = Connections.describe(config);
        String heading = "\nDatabase: " + database + " (history table " + config.migrationsTable() + ")";
        List<MigrationStatus> history;
        try (Connection connection = Connections.open(config, "status")) {
            history = MigrationState.read(config, folder, connection).stream()
                    .map(StatusReport::status)
                    .collect(Collectors.toList());
        } catch (StoriumException e) {
            return failed(offline, heading, database, e);
        } catch (SQLException e) {
            StoriumException error = History.unreadable(
                    config, e, "check that the database is reachable and that the user may read that table.");
            return failed(offline, heading, database, error);
        }
        String message = offline.message() + heading + ": " + counts(history) + table(history);
        return with(offline, true, message, database, history, null);
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
                error);
    }

    private static Map<State, Integer> tally(List<MigrationStatus> history) {
        Map<State, Integer> counts = new EnumMap<>(State.class);
        history.forEach(m -> counts.merge(m.state(), 1, Integer::sum));
        return counts;
    }

    private static String counts(List<MigrationStatus> history) {
        if (history.isEmpty()) {
            return "no migrations.";
        }
        return tally(history).entrySet().stream()
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

    /** The report as one JSON object; docs/status.md describes the fields. */
    public static String json(StatusResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("success", result.success());
        root.put("dialect", result.dialect());
        root.put("migrationsDirectory", result.directory());
        strings(root.putArray("migrations"), result.migrations());
        strings(root.putArray("schemaClasses"), result.schemaClasses());
        strings(root.putArray("tables"), result.tables());
        root.put("pendingChanges", result.pendingChanges());
        strings(root.putArray("changes"), result.changes());
        root.put("database", result.database());
        ArrayNode history = root.putArray("history");
        for (MigrationStatus m : result.history()) {
            ObjectNode row = history.addObject();
            row.put("tag", m.tag());
            row.put("state", m.state().label());
            row.put("appliedAt", m.appliedAt());
            row.put("executionMs", m.executionMs());
            row.put("detail", m.detail());
        }
        ObjectNode counts = root.putObject("counts");
        Map<State, Integer> tally = tally(result.history());
        for (State state : State.values()) {
            counts.put(state.label(), tally.getOrDefault(state, 0));
        }
        root.put("error", result.error() == null ? null : result.error().getMessage());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always writes as JSON", e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
