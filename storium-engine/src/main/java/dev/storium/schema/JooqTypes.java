package dev.storium.schema;

import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The jOOQ data type of each column type, and its nullability and default: uuid {@code UUID}, varchar
 * {@code VARCHAR(n)}, char {@code CHAR(n)}, text {@code CLOB} (String), integer {@code INTEGER}, smallint {@code SMALLINT} (Short), bigint {@code BIGINT}, serial an identity
 * {@code INTEGER}, real {@code REAL} (Float), numeric {@code NUMERIC(p, s)} (BigDecimal), boolean {@code BOOLEAN},
 * timestamp {@code TIMESTAMPWITHTIMEZONE} (OffsetDateTime), date {@code LOCALDATE}, time {@code LOCALTIME(6)}, jsonb {@code JSONB}, binary {@code VARBINARY} (byte[]), array the item
 * type's array type (text items as {@code VARCHAR[]}, so elements come back as strings). An unsigned whole number is the
 * next wider type: smallint {@code INTEGER}, integer {@code BIGINT} (Long), bigint and serial {@code DECIMAL_INTEGER}
 * (BigInteger).
 */
final class JooqTypes {
    private JooqTypes() {}

    /** The full jOOQ data type of the column: type, length, precision, nullability, identity and default. */
    static DataType<?> of(ColumnMeta column) {
        DataType<?> type = base(column.type(), column);
        if (column.type() == ColumnType.ARRAY) {
            // text items as VARCHAR: drivers hand CLOB array elements back as Clob objects, not strings
            ColumnType items = column.items() == ColumnType.TEXT ? ColumnType.VARCHAR : column.items();
            type = base(items, null).getArrayDataType();
        }
        type = type.nullable(!column.notNull());
        return column.defaultValue() == null ? type : withDefault(type, column);
    }

    private static DataType<?> base(ColumnType type, ColumnMeta column) {
        if (column != null && column.unsigned()) {
            return unsigned(type);
        }
        switch (type) {
            case UUID:
                return SQLDataType.UUID;
            case VARCHAR:
                Integer length = column == null ? null : column.maxLength();
                return length == null ? SQLDataType.VARCHAR : SQLDataType.VARCHAR(length);
            case CHAR:
                return SQLDataType.CHAR(column.maxLength());
            case TEXT:
                return SQLDataType.CLOB;
            case ENUM:
                return SQLDataType.VARCHAR;
            case INTEGER:
                return SQLDataType.INTEGER;
            case SMALLINT:
                return SQLDataType.SMALLINT;
            case BIGINT:
                return SQLDataType.BIGINT;
            case SERIAL:
                return SQLDataType.INTEGER.identity(true);
            case REAL:
                return SQLDataType.REAL;
            case NUMERIC:
                return numeric(column);
            case BOOLEAN:
                return SQLDataType.BOOLEAN;
            case TIMESTAMP:
                return SQLDataType.TIMESTAMPWITHTIMEZONE;
            case DATETIME:
                return SQLDataType.LOCALDATETIME(6);
            case DATE:
                return SQLDataType.LOCALDATE;
            case TIME:
                return SQLDataType.LOCALTIME(6);
            case JSONB:
                return SQLDataType.JSONB;
            case BINARY:
                return SQLDataType.VARBINARY;
            default:
                return SQLDataType.OTHER;
        }
    }

    /**
     * An unsigned whole number as the next wider signed Java type, which holds its whole range: smallint as
     * {@code Integer}, integer as {@code Long}, bigint and serial (MySQL's {@code bigint unsigned auto_increment}) as
     * {@code BigInteger}.
     */
    private static DataType<?> unsigned(ColumnType type) {
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

    private static DataType<?> numeric(ColumnMeta column) {
        if (column == null || column.precision() == null) {
            return SQLDataType.NUMERIC;
        }
        return column.scale() == null
                ? SQLDataType.NUMERIC(column.precision())
                : SQLDataType.NUMERIC(column.precision(), column.scale());
    }

    private static <T> DataType<T> withDefault(DataType<T> type, ColumnMeta column) {
        ColumnDefault d = column.defaultValue();
        Field<?> value;
        switch (d.kind()) {
            case NOW:
                value = column.type() == ColumnType.DATE
                        ? DSL.currentLocalDate()
                        : column.type() == ColumnType.TIME ? DSL.currentLocalTime() : DSL.currentOffsetDateTime();
                break;
            case RANDOM_UUID:
                value = DSL.uuid();
                break;
            default:
                value = DSL.inline(type.convert(d.value()), type);
        }
        return type.defaultValue(DSL.field("{0}", type, value));
    }
}
