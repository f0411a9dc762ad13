package dev.storium.internal.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.JSONB;

/**
 * The bind values every driver Storium supports takes as they are, and the batch that sends rows of them through one
 * {@link PreparedStatement}: the fast path of {@code createMany}. A value of any other type goes through jOOQ's
 * bindings instead.
 */
final class JdbcValues {
    private JdbcValues() {}

    /** True when {@link #executeBatch} can bind the value (a value {@code ColumnStorage.toDb} gives). */
    static boolean plain(Object value) {
        return value == null
                || value instanceof String
                || value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof BigDecimal
                || value instanceof BigInteger
                || value instanceof Double
                || value instanceof Float
                || value instanceof Boolean
                || value instanceof UUID
                || value instanceof LocalDate
                || value instanceof java.time.LocalDateTime
                || value instanceof java.time.LocalTime
                || value instanceof OffsetDateTime
                || value instanceof JSON
                || value instanceof JSONB
                || value instanceof String[]
                || value instanceof Integer[]
                || value instanceof Short[]
                || value instanceof byte[]
                || value instanceof Long[];
    }

    /**
     * Executes {@code sql} (an insert with one {@code ?} per value) once per row through one statement on the context's
     * connection (its transaction's, inside one), in JDBC batches of at most {@code batchSize} rows.
     */
    static int executeBatches(DSLContext db, String sql, Object[][] rows, int batchSize) {
        db.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int r = 0; r < rows.length; r++) {
                    Object[] row = rows[r];
                    for (int i = 0; i < row.length; i++) {
                        bind(insert, i + 1, row[i]);
                    }
                    insert.addBatch();
                    if ((r + 1) % batchSize == 0 || r == rows.length - 1) {
                        insert.executeBatch();
                    }
                }
            }
        });
        return rows.length;
    }

    /**
     * Binds through the typed setter of the value's class: drivers' {@code setObject} walks a chain of type tests for
     * each value, which costs a bulk insert several percent on PostgreSQL.
     */
    private static void bind(PreparedStatement insert, int index, Object value) throws java.sql.SQLException {
        if (value == null) {
            insert.setNull(index, Types.NULL);
            return;
        }
        Class<?> type = value.getClass();
        if (type == String.class) {
            insert.setString(index, (String) value);
        } else if (type == Long.class) {
            insert.setLong(index, (Long) value);
        } else if (type == Integer.class) {
            insert.setInt(index, (Integer) value);
        } else if (type == Short.class) {
            insert.setShort(index, (Short) value);
        } else if (type == byte[].class) {
            insert.setBytes(index, (byte[]) value);
        } else if (type == Boolean.class) {
            insert.setBoolean(index, (Boolean) value);
        } else if (type == BigDecimal.class) {
            insert.setBigDecimal(index, (BigDecimal) value);
        } else if (type == BigInteger.class) {
            // an unsigned bigint: not every driver's setObject takes a BigInteger
            insert.setBigDecimal(index, new BigDecimal((BigInteger) value));
        } else if (type == Double.class) {
            insert.setDouble(index, (Double) value);
        } else if (type == Float.class) {
            insert.setFloat(index, (Float) value);
        } else if (value instanceof JSON) {
            insert.setString(index, ((JSON) value).data());
        } else if (value instanceof JSONB) {
            insert.setString(index, ((JSONB) value).data());
        } else {
            insert.setObject(index, value);
        }
    }
}
