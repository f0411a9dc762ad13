package dev.storium.store;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * One row a store read, keyed by DSL key in column order, unmodifiable. Values are in Storium's normal form: uuid
 * {@code UUID}, timestamp {@code OffsetDateTime} in UTC, date {@code LocalDate}, numeric {@code BigDecimal}, real
 * {@code Float}, jsonb the parsed JSON ({@code Map}, {@code List}, ...), array a {@code List} (see the stores guide).
 */
public final class Row extends AbstractMap<String, Object> {
    private static final DSLContext MAPPING = DSL.using(
            SQLDialect.DEFAULT,
            new Settings().withMapRecordComponentParameterNames(true).withMapConstructorParameterNames(true));

    private final Map<String, Object> values;

    /** A row of these values, in the map's order. */
    public Row(Map<String, ?> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return values.entrySet();
    }

    @Override
    public Object get(Object key) {
        return values.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return values.containsKey(key);
    }

    /**
     * The row as an instance of {@code type}, matched by name with jOOQ's {@code DefaultRecordMapper}: a Java record
     * by its components, a POJO by setters or fields, values converted where jOOQ can (UUID to String, OffsetDateTime
     * to Instant, BigDecimal to double, ...).
     */
    public <T> T into(Class<T> type) {
        return record().into(type);
    }

    /** Every row mapped into {@code type}, as {@link #into(Class)} does. */
    public static <T> List<T> into(List<Row> rows, Class<T> type) {
        return rows.stream().map(row -> row.into(type)).toList();
    }

    private Record record() {
        Field<?>[] fields = values.keySet().stream()
                .map(key -> DSL.field(DSL.name(key), Object.class))
                .toArray(Field[]::new);
        Record record = MAPPING.newRecord(fields);
        record.fromArray(values.values().toArray());
        return record;
    }
}
