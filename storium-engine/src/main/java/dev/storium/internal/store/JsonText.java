package dev.storium.internal.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The normal form of a jsonb value: its JSON text. A {@code Map}, {@code List}, number, boolean or Jackson
 * {@link JsonNode} is written out; a string is taken as JSON text and must parse.
 *
 * @param text the JSON text
 */
record JsonText(String text) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    JsonText {
        Objects.requireNonNull(text, "text");
    }

    /** The JSON text of a value, or {@link Values.Invalid} when it is neither JSON-shaped nor valid JSON text. */
    static JsonText of(Object value) throws Values.Invalid {
        if (value instanceof JsonText) {
            return (JsonText) value;
        }
        if (value instanceof org.jooq.JSON || value instanceof org.jooq.JSONB || value instanceof CharSequence) {
            String text = value instanceof CharSequence ? value.toString() : data(value);
            try {
                MAPPER.readTree(text);
                return new JsonText(text);
            } catch (JsonProcessingException e) {
                throw new Values.Invalid("must be JSON (a Map, a List or JSON text), and this text is not valid JSON");
            }
        }
        if (value instanceof Map
                || value instanceof Collection
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof JsonNode) {
            return new JsonText(write(plain(value)));
        }
        throw new Values.Invalid("must be JSON (a Map, a List or JSON text)");
    }

    /** The JSON text of a value already in normal form (an array column's items, for JSON storage). */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(plain(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The Java value of JSON text: maps, lists, strings, numbers, booleans and nulls. */
    static Object read(String text) {
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not valid: " + e.getOriginalMessage(), e);
        }
    }

    /** The text of a jOOQ JSON or JSONB value. */
    static String data(Object value) {
        if (value instanceof org.jooq.JSON) {
            return ((org.jooq.JSON) value).data();
        }
        if (value instanceof org.jooq.JSONB) {
            return ((org.jooq.JSONB) value).data();
        }
        return value.toString();
    }

    /** The value with UUIDs, times and nested JSON text turned into what Jackson writes without extra modules. */
    private static Object plain(Object value) {
        if (value instanceof JsonText) {
            return read(((JsonText) value).text());
        }
        if (value instanceof UUID) {
            return value.toString();
        }
        if (value instanceof OffsetDateTime) {
            return ((OffsetDateTime) value).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        if (value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof Map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> copy.put(k, plain(v)));
            return copy;
        }
        if (value instanceof Collection) {
            List<Object> copy = new ArrayList<>();
            ((Collection<?>) value).forEach(v -> copy.add(plain(v)));
            return copy;
        }
        return value;
    }
}
