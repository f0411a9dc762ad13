package dev.storium.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shapes a configuration value may take, each turning a parsed value into its Java form. */
enum ValueType {
    /** A scalar, kept as a string: {@code String}. */
    STRING("a string"),
    /** A whole number: {@code Integer}; numeric strings are accepted, since properties are all strings. */
    INTEGER("a whole number"),
    /** A list of strings: {@code List<String>}; a comma-separated string is accepted. */
    LIST("a list of strings or a comma-separated string"),
    /** Names to strings: {@code Map<String, String>}. */
    MAP("a map of names to class names");

    private final String expected;

    ValueType(String expected) {
        this.expected = expected;
    }

    String expected() {
        return expected;
    }

    /** Thrown when a value has the wrong shape; the message gives the facts: expected and found. */
    static final class BadValue extends Exception {
        private static final long serialVersionUID = 1L;

        BadValue(String message) {
            super(message, null, false, false);
        }
    }

    /** The value in its Java form; null when absent or blank. */
    Object coerce(Object raw, boolean secret) throws BadValue {
        if (raw == null || (raw instanceof String && ((String) raw).isBlank())) {
            return null;
        }
        switch (this) {
            case STRING:
                if (isScalar(raw)) {
                    return raw instanceof String ? (String) raw : scalarText(raw);
                }
                break;
            case INTEGER:
                Integer number = toInteger(raw);
                if (number != null) {
                    return number;
                }
                break;
            case LIST:
                List<String> list = toList(raw);
                if (list != null) {
                    return list;
                }
                break;
            default:
                Map<String, String> map = toMap(raw);
                if (map != null) {
                    return map;
                }
        }
        throw new BadValue("expected " + expected + ", found " + describe(raw, secret));
    }

    /** Describes a parsed value for a message without ever showing a secret. */
    static String describe(Object raw, boolean secret) {
        if (raw instanceof Map) {
            return "a map";
        }
        if (raw instanceof Collection) {
            return "a list";
        }
        if (secret) {
            return "a value (not shown)";
        }
        if (raw instanceof Number) {
            return "the number " + raw;
        }
        if (raw instanceof Boolean) {
            return "the boolean " + raw;
        }
        return "`" + raw + "`";
    }

    private static boolean isScalar(Object raw) {
        return raw instanceof String || raw instanceof Number || raw instanceof Boolean || raw instanceof Character;
    }

    private static String scalarText(Object raw) {
        if (raw instanceof Double || raw instanceof Float || raw instanceof BigDecimal) {
            return new BigDecimal(raw.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(raw);
    }

    private static Integer toInteger(Object raw) {
        if (raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).intValue();
        }
        if (raw instanceof Long || raw instanceof BigInteger) {
            return fits(new BigInteger(raw.toString()));
        }
        if (raw instanceof String && ((String) raw).trim().matches("[+-]?\\d{1,12}")) {
            return fits(new BigInteger(((String) raw).trim()));
        }
        return null;
    }

    private static Integer fits(BigInteger value) {
        return value.bitLength() < 32 ? value.intValue() : null;
    }

    private static List<String> toList(Object raw) {
        List<String> items = new ArrayList<>();
        if (raw instanceof String) {
            Arrays.stream(((String) raw).split(",")).map(String::trim).forEach(items::add);
        } else if (raw instanceof Collection) {
            for (Object item : (Collection<?>) raw) {
                if (item != null && !isScalar(item)) {
                    return null;
                }
                items.add(item == null ? "" : String.valueOf(item).trim());
            }
        } else {
            return null;
        }
        items.removeIf(String::isEmpty);
        return List.copyOf(items);
    }

    private static Map<String, String> toMap(Object raw) {
        if (!(raw instanceof Map)) {
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) raw).entrySet()) {
            if (entry.getValue() != null && !isScalar(entry.getValue())) {
                return null;
            }
            map.put(
                    String.valueOf(entry.getKey()),
                    entry.getValue() == null
                            ? null
                            : String.valueOf(entry.getValue()).trim());
        }
        return map;
    }
}
