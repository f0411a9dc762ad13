package dev.storium.internal.store;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.schema.ColumnMeta;
import dev.storium.schema.TableMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Field;

/** Filters and primary keys of store calls turned into jOOQ conditions over a {@link StorageTable}, with checks. */
final class Conditions {
    private final TableMeta meta;
    private final StorageTable table;

    Conditions(TableMeta meta, StorageTable table) {
        this.meta = meta;
        this.table = table;
    }

    /** The ANDed equality conditions of a filter map; an empty one is refused, naming {@code instead}. */
    List<Condition> filters(Map<String, ?> filters, String operation, String instead) {
        if (filters == null || filters.isEmpty()) {
            throw new StoriumException(
                    ErrorCode.STORE,
                    operation + " on " + meta.name() + " needs at least one filter, and got none. Fix: " + instead
                            + ".");
        }
        List<Condition> conditions = new ArrayList<>();
        for (Map.Entry<String, ?> filter : filters.entrySet()) {
            ColumnMeta column = column(filter.getKey(), operation);
            conditions.add(equal(column, value(column, filter.getValue(), operation, "filter")));
        }
        return conditions;
    }

    /** The condition selecting the row with this primary key (a value, or all parts of a composite key). */
    List<Condition> key(Object id, String operation) {
        Map<String, Object> parts = keyParts(id, operation);
        List<Condition> conditions = new ArrayList<>();
        parts.forEach((key, value) -> conditions.add(equal(meta.column(key).orElseThrow(), value)));
        return conditions;
    }

    /** The primary key's parts in normal form, by DSL key in key order. */
    Map<String, Object> keyParts(Object id, String operation) {
        List<ColumnMeta> keyColumns = meta.primaryKeyColumns();
        List<?> given = asParts(id, keyColumns);
        if (given == null || given.size() != keyColumns.size() || given.contains(null)) {
            throw new StoriumException(
                    ErrorCode.STORE,
                    operation + " on " + meta.name() + " needs "
                            + (keyColumns.size() == 1
                                    ? "the value of its primary key "
                                            + meta.primaryKey().get(0)
                                    : "all " + keyColumns.size() + " parts of its primary key ("
                                            + String.join(", ", meta.primaryKey())
                                            + "), as a List in key order or a Map by key")
                            + ", and got " + describe(id) + ". Fix: pass the key of the row.");
        }
        Map<String, Object> parts = new LinkedHashMap<>();
        for (int i = 0; i < keyColumns.size(); i++) {
            ColumnMeta column = keyColumns.get(i);
            parts.put(column.key(), value(column, given.get(i), operation, "key"));
        }
        return parts;
    }

    private static List<?> asParts(Object id, List<ColumnMeta> keyColumns) {
        if (id instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) id;
            List<Object> parts = new ArrayList<>();
            keyColumns.forEach(c -> parts.add(map.get(c.key())));
            return map.size() == keyColumns.size() ? parts : null;
        }
        if (id instanceof Collection) {
            return new ArrayList<>((Collection<?>) id);
        }
        if (id instanceof Object[]) {
            return List.of((Object[]) id);
        }
        List<Object> single = new ArrayList<>();
        single.add(id);
        return single;
    }

    /** The column with that DSL key, or a refusal naming the table's keys. */
    ColumnMeta column(String key, String operation) {
        return meta.column(key)
                .orElseThrow(() -> new StoriumException(
                        ErrorCode.STORE,
                        operation + " on " + meta.name() + " names the column `" + key + "`, which the table does"
                                + " not have; its keys are "
                                + meta.columns().stream().map(ColumnMeta::key).collect(Collectors.joining(", "))
                                + ". Fix: use one of those keys (DSL keys, not database names)."));
    }

    /** A filter or key value in normal form, or a refusal saying what the column holds. */
    Object value(ColumnMeta column, Object value, String operation, String role) {
        try {
            return Values.normalise(column, value);
        } catch (Values.Invalid e) {
            throw new StoriumException(
                    ErrorCode.STORE,
                    operation + " on " + meta.name() + ": the " + role + " value of `" + column.key() + "` "
                            + e.getMessage() + ", and got " + describe(value) + ". Fix: pass a value of the column's"
                            + " type.");
        }
    }

    private Condition equal(ColumnMeta column, Object normal) {
        Field<Object> field = table.byKey(column.key());
        return normal == null
                ? field.isNull()
                : field.eq(table.storage(column.key()).toDb(normal));
    }

    /** Filters as the message shows them: {@code email = "ada@example.com", age = 3}. */
    static String describe(Map<String, ?> filters) {
        return filters.entrySet().stream()
                .map(e -> e.getKey() + " = " + describe(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    static String describe(Object value) {
        if (value instanceof CharSequence) {
            return "\"" + value + "\"";
        }
        if (value instanceof Object[]) {
            return List.of((Object[]) value).toString();
        }
        return String.valueOf(value);
    }
}
