package dev.storium.schema;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The rules an enum definition follows: a valid name, distinct values that every database keeps as written. */
final class EnumRules {
    /** PostgreSQL keeps 63 bytes of a label (NAMEDATALEN - 1). */
    static final int MAX_VALUE_BYTES = 63;

    private EnumRules() {}

    /** Throws the first broken rule of the definition. */
    static void check(EnumDef e) {
        String name = e.name();
        if (e.values().isEmpty()) {
            throw DefinitionError.enumType(
                    name, "it has no values", "give it at least one, such as defineEnum(\"" + name + "\", \"a\")");
        }
        Map<String, String> seen = new HashMap<>();
        for (String value : e.values()) {
            checkValue(name, value);
            String other = seen.put(value.toLowerCase(Locale.ROOT), value);
            if (other != null) {
                throw DefinitionError.enumType(
                        name,
                        "the value \"" + value + "\" is given twice"
                                + (other.equals(value)
                                        ? ""
                                        : " (as \"" + other + "\": MySQL compares them without case)"),
                        "keep each value once");
            }
        }
        for (Map.Entry<String, String> hint : e.renamedValues().entrySet()) {
            String from = hint.getKey();
            String to = hint.getValue();
            checkValue(name, from);
            if (!e.values().contains(to)) {
                throw DefinitionError.enumType(
                        name,
                        "renamedValue(\"" + from + "\", \"" + to + "\") names the new value \"" + to
                                + "\", which is not one of the values " + e.values(),
                        "give one of the values as the new value");
            }
            if (e.values().contains(from)) {
                throw DefinitionError.enumType(
                        name,
                        "renamedValue(\"" + from + "\", \"" + to + "\") names the old value \"" + from
                                + "\", which is still one of the values",
                        "give the value's old name, which the enum no longer has, or remove the hint once the rename"
                                + " is migrated");
            }
        }
        long targets = e.renamedValues().values().stream().distinct().count();
        if (targets != e.renamedValues().size()) {
            throw DefinitionError.enumType(
                    name, "two renamedValue hints name the same new value", "rename each old value to its own value");
        }
    }

    /** Throws when the enum's name (without its schema) is not a valid name. */
    static void checkName(String name) {
        if (name == null || !Names.isIdentifier(name) || name.length() > Names.MAX_LENGTH) {
            throw DefinitionError.enumType(
                    String.valueOf(name),
                    "the name is not a valid name: expected 1 to " + Names.MAX_LENGTH
                            + " characters from A-Z, a-z, 0-9 and _",
                    "rename the enum, such as defineEnum(\"order_status\", ...)");
        }
    }

    private static void checkValue(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw DefinitionError.enumType(name, "a value is empty", "give every value at least one character");
        }
        String problem = null;
        if (!value.strip().equals(value)) {
            problem = "starts or ends with a space (MySQL drops trailing spaces)";
        } else if (value.getBytes(StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
            problem = "is longer than " + MAX_VALUE_BYTES + " bytes (PostgreSQL's limit for an enum value)";
        } else if (value.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f || ch == '\'' || ch == '\\')) {
            problem = "holds a quote, a backslash or a control character";
        }
        if (problem != null) {
            throw DefinitionError.enumType(
                    name,
                    "the value \"" + value + "\" " + problem,
                    "use letters, digits, spaces inside the value and punctuation other than ' and \\, at most "
                            + MAX_VALUE_BYTES + " bytes");
        }
    }
}
