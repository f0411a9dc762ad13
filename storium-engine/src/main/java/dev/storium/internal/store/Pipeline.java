package dev.storium.internal.store;

import dev.storium.schema.ColumnDefault;
import dev.storium.schema.ColumnMeta;
import dev.storium.schema.ColumnType;
import dev.storium.schema.TableMeta;
import dev.storium.store.FieldError;
import dev.storium.store.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The validation pipeline every create and update runs, in the original's order: drop unknown keys (and the columns
 * the call may not write) → each column's {@code transform} → the type check → {@code maxLength} → the column's own
 * {@code validate} → {@code required} present (create only). All failures are collected and thrown together as one
 * {@link ValidationException}. A null value means SQL NULL: it skips the type check, maxLength and validate, and does
 * not satisfy {@code required}.
 */
final class Pipeline {
    /** Which call the input is for: what it may write, and whether required columns must be present. */
    enum Mode {
        CREATE,
        UPDATE
    }

    private final TableMeta table;
    private final Assertions assertions;

    Pipeline(TableMeta table, Assertions assertions) {
        this.table = table;
        this.assertions = assertions;
    }

    /** The slot of a column the input does not set: unlike a null, which sets SQL NULL. */
    static final Object ABSENT = new Object();

    /**
     * The input in normal form ({@link Values}), keyed by DSL key in column order; throws {@link ValidationException}
     * with every failure. With {@code force} nothing is validated or transformed: unknown and unwritable keys are still
     * dropped and values converted where they can be (others go to the database as given).
     */
    Map<String, Object> prepare(Map<String, ?> input, Mode mode, boolean force, String operation) {
        return asMap(prepareColumns(input, mode, force, operation));
    }

    /**
     * {@link #prepare} as one slot per column of the table, in column order, {@link #ABSENT} where the input sets
     * nothing: what {@code createMany} keeps of each row, without a map per row.
     */
    Object[] prepareColumns(Map<String, ?> input, Mode mode, boolean force, String operation) {
        List<ColumnMeta> columns = table.columns();
        Object[] values = new Object[columns.size()];
        List<FieldError> errors = new ArrayList<>(0);
        for (int i = 0; i < values.length; i++) {
            ColumnMeta column = columns.get(i);
            Object value = input.get(column.key());
            if ((value == null && !input.containsKey(column.key())) || !writable(column, mode)) {
                values[i] = ABSENT;
                continue;
            }
            if (force) {
                values[i] = normalOrAsGiven(column, value);
                continue;
            }
            if (column.transform() != null) {
                value = column.transform().apply(value);
            }
            values[i] = check(column, value, errors);
        }
        if (!force && mode == Mode.CREATE) {
            for (int i = 0; i < values.length; i++) {
                ColumnMeta column = columns.get(i);
                if (column.required() && (values[i] == null || values[i] == ABSENT)) {
                    errors.add(new FieldError(column.key(), "`" + column.key() + "` is required"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(table.name(), operation, errors);
        }
        return values;
    }

    /**
     * The slots of {@link #prepareColumns} with the defaults Storium fills in on the client (random UUIDs) where none
     * was given.
     */
    Object[] withClientDefaults(Object[] slots) {
        List<ColumnMeta> columns = table.columns();
        for (int i = 0; i < slots.length; i++) {
            ColumnDefault d = columns.get(i).defaultValue();
            if (d != null && d.kind() == ColumnDefault.Kind.RANDOM_UUID && (slots[i] == null || slots[i] == ABSENT)) {
                slots[i] = UUID.randomUUID();
            }
        }
        return slots;
    }

    /** The slots of {@link #prepareColumns} as {@link #prepare} returns them: set columns by key, in column order. */
    Map<String, Object> asMap(Object[] values) {
        List<ColumnMeta> columns = table.columns();
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != ABSENT) {
                map.put(columns.get(i).key(), values[i]);
            }
        }
        return map;
    }

    /**
     * True when the call may write the column: never the automatic timestamps; update writes no readonly column;
     * create writes a primary-key column that is not serial (natural and composite keys, fixed ids), and no other
     * readonly column.
     */
    boolean writable(ColumnMeta column, Mode mode) {
        if (table.timestamps()
                && (column.key().equals(TableMeta.CREATED_AT) || column.key().equals(TableMeta.UPDATED_AT))) {
            return false;
        }
        if (!column.readonly()) {
            return true;
        }
        return mode == Mode.CREATE && column.primaryKey() && column.type() != ColumnType.SERIAL;
    }

    private Object check(ColumnMeta column, Object value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        Object normal;
        try {
            normal = Values.normalise(column, value);
        } catch (Values.Invalid e) {
            errors.add(new FieldError(column.key(), field(column) + e.getMessage()));
            return value;
        }
        if (column.maxLength() != null && normal instanceof String) {
            String text = (String) normal;
            if (text.codePointCount(0, text.length()) > column.maxLength()) {
                errors.add(new FieldError(
                        column.key(), field(column) + "must be at most " + column.maxLength() + " characters"));
                return normal;
            }
        }
        if (column.validator() != null) {
            column.validator().validate(value, new FieldCheck(column.key(), assertions, errors));
        }
        return normal;
    }

    /** The start of an error message about the column: "`name` ". */
    private static String field(ColumnMeta column) {
        return "`" + column.key() + "` ";
    }

    private static Object normalOrAsGiven(ColumnMeta column, Object value) {
        try {
            return Values.normalise(column, value);
        } catch (Values.Invalid e) {
            return new AsGiven(value);
        }
    }

    /** A forced value that does not fit its column: bound as given, for the database to judge. */
    record AsGiven(Object value) {}
}
