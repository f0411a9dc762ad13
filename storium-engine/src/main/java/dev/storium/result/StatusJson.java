package dev.storium.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storium.result.MigrationStatus.State;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@link StatusResult#toJson()}: the status report as one JSON object; docs/status.md describes the fields. */
final class StatusJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StatusJson() {}

    /** The version of the JSON's shape; a change that can break a reader raises it. */
    static final int FORMAT_VERSION = 1;

    static String write(StatusResult result, Path projectDirectory) {
        Path base = projectDirectory.toAbsolutePath().normalize();
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("success", result.success());
        root.put("dialect", result.dialect());
        root.put("migrationsDirectory", result.directory() == null ? null : relative(base, result.directory()));
        strings(root.putArray("migrations"), result.migrations());
        strings(root.putArray("schemaClasses"), result.schemaClasses());
        strings(root.putArray("tables"), result.tables());
        root.put("pendingChanges", result.pendingChanges());
        strings(root.putArray("changes"), result.changes());
        root.put("database", result.database() == null ? null : relativeFile(base, result.database()));
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
            counts.put(state.key(), tally.getOrDefault(state, 0));
        }
        root.put("error", result.error() == null ? null : result.error().getMessage());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always writes as JSON", e);
        }
    }

    /** {@code path} relative to {@code base} when it lies under it (with {@code /} between names), else as it is. */
    private static String relative(Path base, String path) {
        Path absolute = Path.of(path).toAbsolutePath().normalize();
        if (!absolute.startsWith(base)) {
            return path;
        }
        String relative = base.relativize(absolute).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }

    /** A SQLite or H2 file URL with its file relative to {@code base} when it lies under it; any other URL as it is. */
    private static String relativeFile(Path base, String url) {
        String prefix = base.toString().replace('\\', '/') + "/";
        return url.replace(":" + prefix, ":").replace(":file:" + prefix, ":file:");
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
