package dev.storium.internal.store;

import dev.storium.config.Dialect;
import dev.storium.schema.ColumnMeta;
import dev.storium.schema.ColumnType;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DataType;
import org.jooq.impl.SQLDataType;

/**
 * How one column type is stored on one dialect (see {@code docs/dialects.md}) and the conversions between a value in
 * normal form ({@link Values}) and what the JDBC driver binds and reads. MySQL/MariaDB keeps uuid as text, timestamps
 * as {@code datetime(6)} in UTC (bound as text {@code yyyy-MM-dd HH:mm:ss.ffffff}), times bound as text {@code
 * HH:mm:ss.ffffff} and arrays as JSON; SQLite keeps uuid, timestamps (the same text), dates, times (the same text),
 * JSON and arrays as text. PostgreSQL and H2 bind times through {@link LocalTimeBinding}, which keeps microseconds.
 */
final class ColumnStorage {
    private static final DateTimeFormatter TEXT_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .appendFraction(ChronoField.MICRO_OF_SECOND, 0, 6, true)
            .toFormatter();
    /** A time of day as MySQL and SQLite keep it: {@code 06:45:10.654321}, {@code 08:30:00}; sorts as times do. */
    static final DateTimeFormatter TEXT_CLOCK = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss")
            .appendFraction(ChronoField.MICRO_OF_SECOND, 0, 6, true)
            .toFormatter();

    private final Dialect dialect;
    private final ColumnType type;
    private final ColumnType items;
    private final boolean unsigned;
    /** A numeric's scale, or null: values read with fewer digits after the point get them (SQLite keeps none). */
    private final Integer scale;

    private DataType<?> dataType;

    private ColumnStorage(Dialect dialect, ColumnType type, ColumnType items, boolean unsigned, Integer scale) {
        this.dialect = dialect;
        this.type = type;
        this.items = items;
        this.unsigned = unsigned;
        this.scale = scale;
        this.dataType = unsigned ? unsignedType(type) : dataType(dialect, type, items);
    }

    private ColumnStorage(Dialect dialect, ColumnType type, ColumnType items) {
        this(dialect, type, items, false, null);
    }

    /** The storage of a column on a dialect. */
    static ColumnStorage of(Dialect dialect, ColumnMeta column) {
        Integer scale = column.type() == ColumnType.NUMERIC && column.precision() != null
                ? (column.scale() == null ? 0 : column.scale())
                : null;
        ColumnStorage storage = new ColumnStorage(dialect, column.type(), column.items(), column.unsigned(), scale);
        if (column.enumType() != null && dialect == Dialect.POSTGRESQL) {
            storage.dataType = SQLDataType.VARCHAR.asConvertedDataType(
                    new EnumBinding(column.enumType().name()));
        }
        return storage;
    }

    /** An unsigned whole number (MySQL only) as the next wider signed type, as in {@link Values#normalise}. */
    private static DataType<?> unsignedType(ColumnType type) {
        switch (type) {
            case SMALLINT:
                return SQLDataType.INTEGER;
            case INTEGER:
                return SQLDataType.BIGINT;
            case SERIAL:
                return SQLDataType.DECIMAL_INTEGER.identity(true);
            default:
                return SQLDataType.DECIMAL_INTEGER;
        }
    }

    /** The jOOQ type the column is bound and read as; a serial column is an identity. */
    DataType<?> dataType() {
        return dataType;
    }

    private static DataType<?> dataType(Dialect dialect, ColumnType type, ColumnType items) {
        boolean native_ = dialect == Dialect.POSTGRESQL || dialect == Dialect.MEMORY;
        switch (type) {
            case UUID:
                return native_ ? SQLDataType.UUID : SQLDataType.VARCHAR;
            case VARCHAR:
            case CHAR:
            case TEXT:
            case ENUM:
                return SQLDataType.VARCHAR;
            case INTEGER:
                return SQLDataType.INTEGER;
            case SMALLINT:
                return SQLDataType.SMALLINT;
            case SERIAL:
                return SQLDataType.INTEGER.identity(true);
            case BIGINT:
                return SQLDataType.BIGINT;
            case REAL:
                return SQLDataType.REAL;
            case NUMERIC:
                return SQLDataType.NUMERIC;
            case BOOLEAN:
                return SQLDataType.BOOLEAN;
            case TIMESTAMP:
                // MySQL: Connector/J drops fractions of seconds bound as times on MariaDB (which it takes for 5.5)
                return native_ ? SQLDataType.TIMESTAMPWITHTIMEZONE(6) : SQLDataType.VARCHAR;
            case DATETIME:
                return native_ ? SQLDataType.LOCALDATETIME(6) : SQLDataType.VARCHAR;
            case DATE:
                return dialect == Dialect.SQLITE ? SQLDataType.VARCHAR : SQLDataType.LOCALDATE;
            case TIME:
                // jOOQ binds a LocalTime as a java.sql.Time, which has no fraction; MySQL: see timestamp
                return native_
                        ? SQLDataType.LOCALTIME(6).asConvertedDataType(new LocalTimeBinding())
                        : SQLDataType.VARCHAR;
            case JSONB:
                return json(dialect);
            case BINARY:
                return SQLDataType.VARBINARY;
            case CUSTOM:
                // bound and read as the driver does it; on PostgreSQL a string goes as a literal of no type
                return dialect == Dialect.POSTGRESQL
                        ? SQLDataType.OTHER.asConvertedDataType(new UntypedBinding())
                        : SQLDataType.OTHER;
            default:
                if (native_) {
                    ColumnType item = items == ColumnType.TEXT ? ColumnType.VARCHAR : items;
                    return dataType(dialect, item, null).getArrayDataType();
                }
                return json(dialect);
        }
    }

    private static DataType<?> json(Dialect dialect) {
        switch (dialect) {
            case POSTGRESQL:
                return SQLDataType.JSONB;
            case MEMORY:
                return SQLDataType.JSON;
            default:
                // MySQL takes JSON as text; jOOQ's cast(? as json) is MySQL-only syntax that MariaDB refuses
                return SQLDataType.VARCHAR;
        }
    }

    /** The value to bind for a value in normal form. */
    Object toDb(Object value) {
        if (value == null) {
            return null;
        }
        switch (type) {
            case UUID:
                return dataType.getType() == UUID.class ? value : value.toString();
            case TIMESTAMP:
                OffsetDateTime time = (OffsetDateTime) value;
                return dataType.getType() == String.class
                        ? time.withOffsetSameInstant(ZoneOffset.UTC).format(TEXT_TIME)
                        : time;
            case DATETIME:
                return dataType.getType() == String.class ? ((LocalDateTime) value).format(TEXT_TIME) : value;
            case DATE:
                return dialect == Dialect.SQLITE ? value.toString() : value;
            case TIME:
                return dataType.getType() == String.class ? ((LocalTime) value).format(TEXT_CLOCK) : value;
            case JSONB:
                return jsonToDb(((JsonText) value).text());
            case ARRAY:
                return arrayToDb((List<?>) value);
            default:
                return value;
        }
    }

    private Object jsonToDb(String text) {
        switch (dialect) {
            case POSTGRESQL:
                return org.jooq.JSONB.valueOf(text);
            case MEMORY:
                return org.jooq.JSON.valueOf(text);
            default:
                return text;
        }
    }

    private Object arrayToDb(List<?> list) {
        if (dataType.isArray()) {
            ColumnStorage item = new ColumnStorage(dialect, items, null);
            Object array = Array.newInstance(dataType.getArrayComponentType(), list.size());
            for (int i = 0; i < list.size(); i++) {
                Array.set(array, i, item.toDb(list.get(i)));
            }
            return array;
        }
        return jsonToDb(JsonText.write(list));
    }

    /** The bytes of a binary value a driver read as a {@link java.sql.Blob} (H2 may, for a large value). */
    private static byte[] bytesFromDb(Object stored) {
        if (stored instanceof java.sql.Blob) {
            try {
                java.sql.Blob blob = (java.sql.Blob) stored;
                return blob.getBytes(1, Math.toIntExact(blob.length()));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("could not read a binary value: " + e.getMessage(), e);
            }
        }
        throw new IllegalStateException(
                "a binary column read a " + stored.getClass().getName());
    }

    /** The value in normal form for a value the driver read. */
    Object fromDb(Object stored) {
        if (stored == null) {
            return null;
        }
        if (unsigned) {
            return unsignedFromDb(stored);
        }
        switch (type) {
            case UUID:
                return stored instanceof UUID ? stored : UUID.fromString(stored.toString());
            case CHAR:
                // PostgreSQL and H2 read a char padded with spaces, MySQL without
                return Values.unpadded(stored.toString());
            case INTEGER:
            case SERIAL:
                return ((Number) stored).intValue();
            case SMALLINT:
                return ((Number) stored).shortValue();
            case BIGINT:
                return ((Number) stored).longValue();
            case REAL:
                return ((Number) stored).floatValue();
            case NUMERIC:
                BigDecimal number =
                        stored instanceof BigDecimal ? (BigDecimal) stored : new BigDecimal(stored.toString());
                // numeric(10,2) reads 24.50 on every database; SQLite, which stores a number, gives 24.5
                return scale != null && number.scale() < scale ? number.setScale(scale) : number;
            case TIMESTAMP:
                return timestampFromDb(stored);
            case DATETIME:
                return dateTimeFromDb(stored);
            case TIME:
                return timeFromDb(stored);
            case DATE:
                return stored instanceof LocalDate
                        ? stored
                        : LocalDate.parse(stored.toString().substring(0, 10));
            case JSONB:
                return JsonText.read(JsonText.data(stored));
            case ARRAY:
                return arrayFromDb(stored);
            case BINARY:
                return stored instanceof byte[] ? stored : bytesFromDb(stored);
            case CUSTOM:
                // PostgreSQL's driver reads a type it does not know (inet, tsvector) as a PGobject: its text
                return stored.getClass().getName().equals("org.postgresql.util.PGobject") ? stored.toString() : stored;
            default:
                return stored;
        }
    }

    private Object unsignedFromDb(Object stored) {
        switch (type) {
            case SMALLINT:
                return ((Number) stored).intValue();
            case INTEGER:
                return ((Number) stored).longValue();
            default:
                return stored instanceof BigInteger ? stored : new BigDecimal(stored.toString()).toBigIntegerExact();
        }
    }

    private static Object dateTimeFromDb(Object stored) {
        boolean typed = stored instanceof LocalDateTime || stored instanceof Timestamp;
        LocalDateTime parsed = Values.localDateTime(typed ? stored : stored.toString());
        if (parsed == null) {
            throw new IllegalStateException("stored date and time is not ISO-8601 text: " + stored);
        }
        return parsed;
    }

    private static Object timeFromDb(Object stored) {
        boolean typed = stored instanceof LocalTime || stored instanceof java.sql.Time;
        LocalTime parsed = Values.localTime(typed ? stored : stored.toString());
        if (parsed == null) {
            throw new IllegalStateException("stored time of day is not ISO-8601 text: " + stored);
        }
        return parsed;
    }

    private static Object timestampFromDb(Object stored) {
        if (stored instanceof OffsetDateTime) {
            return Values.utc((OffsetDateTime) stored);
        }
        if (stored instanceof LocalDateTime) {
            return Values.utc(((LocalDateTime) stored).atOffset(ZoneOffset.UTC));
        }
        if (stored instanceof Timestamp) {
            return Values.utc(((Timestamp) stored).toInstant().atOffset(ZoneOffset.UTC));
        }
        OffsetDateTime parsed = Values.parseTimestamp(stored.toString());
        if (parsed == null) {
            throw new IllegalStateException("stored timestamp is not ISO-8601 text: " + stored);
        }
        return Values.utc(parsed);
    }

    private List<Object> arrayFromDb(Object stored) {
        ColumnStorage item = new ColumnStorage(dialect, items, null);
        List<Object> values = new ArrayList<>();
        if (stored.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(stored); i++) {
                values.add(item.fromDb(Array.get(stored, i)));
            }
            return values;
        }
        Object parsed = JsonText.read(JsonText.data(stored));
        for (Object element : (List<?>) parsed) {
            values.add(element == null ? null : itemFromJson(element));
        }
        return values;
    }

    private Object itemFromJson(Object element) {
        if (items == ColumnType.JSONB) {
            return element;
        }
        try {
            return Values.normalise(items, null, element);
        } catch (Values.Invalid e) {
            throw new IllegalStateException("stored array item " + element + " " + e.getMessage(), e);
        }
    }
}
