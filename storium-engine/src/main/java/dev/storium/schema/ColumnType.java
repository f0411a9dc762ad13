package dev.storium.schema;

/**
 * The 20 column types of a Storium table: 19 built-in ones, which each dialect maps to its own SQL type (see the schema
 * DSL guide in {@code docs/schema.md}), and {@link #CUSTOM}, whose SQL type the code gives per dialect.
 */
public enum ColumnType {
    UUID,
    VARCHAR,
    /**
     * Text of a fixed length, given by {@link ColumnDef#length(int)} (1 to 255; required) (Java {@code String}): {@code
     * character(n)} on PostgreSQL and H2, {@code char(n)} on MySQL and SQLite. The databases pad a shorter value with
     * spaces; stores return it without trailing spaces on every dialect. Not an array's items.
     */
    CHAR,
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
    /**
     * A date and time without a time zone (Java {@code LocalDateTime}, to the microsecond): {@code timestamp} on
     * PostgreSQL, {@code datetime(6)} on MySQL, {@code datetime} on SQLite, {@code timestamp(6)} on H2. {@link
     * #TIMESTAMP} is the instant, with a time zone.
     */
    DATETIME,
    DATE,
    /**
     * A time of day without a date or a time zone (Java {@code LocalTime}, to the microsecond): {@code time without
     * time zone} on PostgreSQL, {@code time(6)} on MySQL and H2, {@code time} (ISO text) on SQLite. Not an array's
     * items.
     */
    TIME,
    JSONB,
    /**
     * Bytes of any length (Java {@code byte[]}): {@code bytea} on PostgreSQL, {@code longblob} on MySQL, {@code blob} on
     * SQLite, {@code varbinary} on H2. No literal default, and not an array's items.
     */
    BINARY,
    ARRAY,
    /**
     * One value of a named enum (Java {@code String}), declared with {@link Schema#column(String, EnumDef)} (a column
     * of this type needs its {@link EnumDef}): the enum type on PostgreSQL, {@code enum('a', ...)} on MySQL/MariaDB
     * and H2, a {@code varchar} with a check on SQLite. Not an array's items.
     */
    ENUM,
    /**
     * The escape hatch: a column whose SQL type is given per dialect with {@link ColumnDef#sqlType(
     * dev.storium.config.Dialect, String)}, such as {@code tsvector}, {@code citext}, a MySQL {@code set('a','b')}
     * or H2's {@code varchar_ignorecase(255)}. Storium writes the text as given, compares it the database's way, and
     * passes values through as the driver gives them. No default, no collation, not an array's items; a dialect
     * without a type of its own is refused when generating.
     */
    CUSTOM
}
