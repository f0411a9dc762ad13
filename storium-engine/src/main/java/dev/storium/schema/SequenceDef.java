package dev.storium.schema;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;

/**
 * A sequence as written in the DSL, from {@link Schema#defineSequence(String)}: a named counter the database keeps,
 * with its first value ({@link #startWith(long)}, 1 unless given) and its step ({@link #incrementBy(long)}, 1 unless
 * given). Declare it as a {@code public static final SequenceDef} field next to the tables: the schema scan finds it.
 * PostgreSQL, MariaDB and H2 have sequences; SQLite and MySQL proper do not (see docs/dialects.md). Definitions are
 * immutable; a value out of range fails where it is written, with a {@link StoriumException} of code {@link
 * ErrorCode#SCHEMA_DEFINITION}.
 */
public final class SequenceDef {
    private final String name;
    private final long start;
    private final long increment;

    SequenceDef(String schema, String name) {
        this(Names.qualified(schema, SequenceRules.name(name)), 1, 1);
    }

    private SequenceDef(String name, long start, long increment) {
        this.name = name;
        this.start = start;
        this.increment = increment;
    }

    /** The sequence's database name, qualified by its schema ({@code sales.order_numbers}) when defined in one. */
    public String getName() {
        return name;
    }

    /** The first value the sequence gives: 1 or more. */
    public SequenceDef startWith(long value) {
        return new SequenceDef(name, SequenceRules.positive(name, "startWith", value), increment);
    }

    /** The step from one value to the next: 1 or more. */
    public SequenceDef incrementBy(long value) {
        return new SequenceDef(name, start, SequenceRules.positive(name, "incrementBy", value));
    }

    /** Storium's checked metadata of the sequence. */
    public SequenceMeta storium() {
        return new SequenceMeta(name, start, increment);
    }

    @Override
    public String toString() {
        return "sequence " + name;
    }
}
