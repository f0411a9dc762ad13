package dev.storium.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storium.result.MigrationStatus.State;
import java.util.List;
import java.util.Map;

/** {@link StatusResult#toJson()}: the status report as one JSON object; docs/status.md describes the fields. */
final class StatusJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StatusJson() {}

    static String write(StatusResult result) {
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
        Map<State, Integer> tally = result.counts();
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
