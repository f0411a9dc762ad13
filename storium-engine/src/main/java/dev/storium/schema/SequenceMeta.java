package dev.storium.schema;

import java.util.Objects;

/**
 * Storium's metadata of a sequence definition ({@link SequenceDef#storium()}).
 *
 * @param name the sequence's database name
 * @param start the first value it gives
 * @param increment the step from one value to the next
 */
public record SequenceMeta(String name, long start, long increment) {
    public SequenceMeta {
        Objects.requireNonNull(name, "name");
    }
}
