package dev.storium.schema;

/**
 * The 14 column types of a Storium table; each dialect maps them to its own SQL type (see the schema DSL guide in
 * {@code docs/schema.md}).
 */
public enum ColumnType {
    UUID,
    VARCHAR,
    TEXT,
    INTEGER,
    /** A 16-bit whole number, -32768 to 32767 (Java {@code Short}); {@code smallint} on every database. */
    SMALLINT,
    BIGINT,
    SERIAL,
    REAL,
    NUMERIC,
    BOOLEAN,
    TIMESTAMP,
    DATE,
    JSONB,
    ARRAY
}
