package dev.storium.schema;

/**
 * The 13 column types of a Storium table; each dialect maps them to its own SQL type (see the schema DSL guide in
 * {@code docs/schema.md}).
 */
public enum ColumnType {
    UUID,
    VARCHAR,
    TEXT,
    INTEGER,
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
