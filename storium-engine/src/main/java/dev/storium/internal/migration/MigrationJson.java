package dev.storium.internal.migration;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads and writes the journal and snapshots as JSON: two-space indentation, keys in declaration order (map keys
 * sorted), explicit nulls, a trailing newline. Reading is strict: every field must be present, none unknown.
 */
final class MigrationJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private static final List<String> HEADER_FIELDS = List.of("version", "dialect", "id", "prevId");

    private MigrationJson() {}

    /** The JSON text of a journal or snapshot, ending with a newline. */
    static String write(Object value) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Parses a file; a parse failure comes back as {@link Unreadable} with a one-line reason. A snapshot without the
     * fields added since it was written is read with their empty values (see {@link #upgraded}).
     */
    static <T> T read(Path file, Class<T> type) throws Unreadable {
        try {
            if (type == Snapshot.class) {
                return upgraded(MAPPER.readTree(file.toFile()), type);
            }
            return MAPPER.readValue(file.toFile(), type);
        } catch (JsonProcessingException e) {
            throw new Unreadable(reason(e));
        } catch (IOException e) {
            throw new Unreadable("cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads the header fields of a snapshot file, stopping as soon as it has them (they come first in the files
     * Storium writes; in another order the parser skips over the tables without building them).
     */
    static SnapshotHeader readHeader(Path file) throws Unreadable {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new Unreadable("not a JSON object (line 1, column 1)");
            }
            while (fields.size() < HEADER_FIELDS.size() && parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (HEADER_FIELDS.contains(name) && value == JsonToken.VALUE_STRING) {
                    fields.put(name, parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new Unreadable(reason(e));
        } catch (IOException e) {
            throw new Unreadable("cannot be read: " + e.getMessage());
        }
        for (String field : HEADER_FIELDS) {
            if (!fields.containsKey(field)) {
                throw new Unreadable("missing field '" + field + "'");
            }
        }
        try {
            return new SnapshotHeader(
                    fields.get("version"),
                    fields.get("dialect"),
                    UUID.fromString(fields.get("id")),
                    UUID.fromString(fields.get("prevId")));
        } catch (IllegalArgumentException e) {
            throw new Unreadable("invalid content: " + e.getMessage());
        }
    }

    /** Parses text, such as one side of a conflicted file; a parse failure comes back as {@link Unreadable}. */
    static <T> T parse(String text, Class<T> type) throws Unreadable {
        try {
            if (type == Snapshot.class) {
                return upgraded(MAPPER.readTree(text), type);
            }
            return MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new Unreadable(reason(e));
        }
    }

    /**
     * A snapshot read from its tree, with the fields that earlier files do not have added with their empty values
     * (whatever their version, only where absent): a table's {@code checks} and {@code comment}, a column's {@code
     * unsigned}, {@code collation} and {@code comment} (version 1); a column's {@code enumType}, {@code sqlTypes} and
     * {@code generated}, an index's {@code constraint}, {@code descending}, {@code method}, {@code include}, {@code
     * expressions}, {@code opclasses} and {@code nulls}, a foreign key's {@code deferral}, the schema's {@code views} and {@code sequences} (version 2 files
     * written before they existed). The version field is kept, so the file still reads as what it is.
     */
    private static <T> T upgraded(JsonNode tree, Class<T> type) throws JsonProcessingException {
        if (tree instanceof ObjectNode) {
            addIfAbsent((ObjectNode) tree, "views", MAPPER.createObjectNode());
            addIfAbsent((ObjectNode) tree, "sequences", MAPPER.createObjectNode());
        }
        for (JsonNode table : tree.path("tables")) {
            if (table instanceof ObjectNode) {
                ObjectNode t = (ObjectNode) table;
                addIfAbsent(t, "checks", MAPPER.createArrayNode());
                addIfAbsent(t, "comment", NullNode.getInstance());
                for (JsonNode column : t.path("columns")) {
                    if (column instanceof ObjectNode) {
                        ObjectNode c = (ObjectNode) column;
                        addIfAbsent(c, "unsigned", BooleanNode.FALSE);
                        addIfAbsent(c, "collation", NullNode.getInstance());
                        addIfAbsent(c, "comment", NullNode.getInstance());
                        addIfAbsent(c, "enumType", NullNode.getInstance());
                        addIfAbsent(c, "sqlTypes", NullNode.getInstance());
                        addIfAbsent(c, "generated", NullNode.getInstance());
                    }
                }
                for (JsonNode index : t.path("indexes")) {
                    if (index instanceof ObjectNode) {
                        ObjectNode i = (ObjectNode) index;
                        addIfAbsent(i, "constraint", BooleanNode.FALSE);
                        addIfAbsent(i, "descending", MAPPER.createArrayNode());
                        addIfAbsent(i, "method", NullNode.getInstance());
                        addIfAbsent(i, "include", MAPPER.createArrayNode());
                        addIfAbsent(i, "expressions", MAPPER.createArrayNode());
                        addIfAbsent(i, "opclasses", MAPPER.createArrayNode());
                        addIfAbsent(i, "nulls", MAPPER.createArrayNode());
                    }
                }
                for (JsonNode key : t.path("foreignKeys")) {
                    if (key instanceof ObjectNode) {
                        addIfAbsent((ObjectNode) key, "deferral", TextNode.valueOf("NOT_DEFERRABLE"));
                    }
                }
            }
        }
        return MAPPER.treeToValue(tree, type);
    }

    private static void addIfAbsent(ObjectNode node, String field, JsonNode value) {
        if (!node.has(field)) {
            node.set(field, value);
        }
    }

    private static String reason(JsonProcessingException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what;
        if (root instanceof NullPointerException) {
            what = "missing value for " + root.getMessage();
        } else if (root instanceof IllegalArgumentException) {
            what = "invalid content: " + root.getMessage();
        } else {
            what = tidy(e.getOriginalMessage());
        }
        String path = e instanceof JsonMappingException ? path((JsonMappingException) e) : "";
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return firstLine(what) + path + where;
    }

    private static String tidy(String message) {
        if (message == null) {
            return "unreadable";
        }
        String text = message.replaceAll(" \\(start marker at \\[Source: .*?\\]\\)", "");
        if (text.startsWith("Missing creator property '")) {
            text = "missing field " + text.substring("Missing creator property ".length(), text.indexOf('\'', 27) + 1);
        }
        int feature = text.indexOf("; `");
        return feature < 0 ? text : text.substring(0, feature);
    }

    /** Where in the document the problem is, such as {@code at tables.users.columns[2]}; empty at the top level. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "" : " at " + path;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** A file that is not a valid journal or snapshot; the message says why in one line. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason);
        }
    }
}
