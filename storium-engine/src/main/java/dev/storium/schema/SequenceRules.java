package dev.storium.schema;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;

/** Checks what a sequence definition is given: its name and its numbers. */
final class SequenceRules {
    private SequenceRules() {}

    static String name(String name) {
        if (!Names.isIdentifier(name) || name.length() > Names.MAX_LENGTH) {
            throw error(
                    name,
                    "the sequence name \"" + name + "\" is not a valid name: expected 1 to " + Names.MAX_LENGTH
                            + " characters from A-Z, a-z, 0-9 and _",
                    "name the sequence using only letters, digits and underscores, such as"
                            + " defineSequence(\"order_numbers\")");
        }
        return name;
    }

    static long positive(String sequence, String what, long value) {
        if (value < 1) {
            throw error(
                    sequence,
                    what + "(" + value + ") is less than 1: sequences count upwards from a positive value",
                    "give " + what + " a value of 1 or more");
        }
        return value;
    }

    private static StoriumException error(String sequence, String problem, String fix) {
        return new StoriumException(
                ErrorCode.SCHEMA_DEFINITION, "Sequence " + sequence + ": " + problem + ". Fix: " + fix + ".");
    }
}
