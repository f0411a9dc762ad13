package dev.storium.internal.model;

import java.util.Objects;

/**
 * A sequence: a named counter the database keeps (not the one behind a serial or identity column).
 *
 * @param name the sequence's database name, unique among the schema's tables, views and sequences
 * @param start the first value it gives
 * @param increment the step from one value to the next
 */
public record Sequence(String name, long start, long increment) {
    public Sequence {
        Objects.requireNonNull(name, "name");
    }
}
