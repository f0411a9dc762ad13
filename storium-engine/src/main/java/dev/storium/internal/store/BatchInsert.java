package dev.storium.internal.store;

import dev.storium.schema.ColumnMeta;
import dev.storium.schema.TableMeta;
import dev.storium.store.FieldError;
import dev.storium.store.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The inserts of {@code createMany}: every row validated first, then all inserted in JDBC batches, or none. */
final class BatchInsert {
    /** Rows per JDBC batch of {@code createMany}. */
    private static final int BATCH_SIZE = 1000;
    /** Invalid rows whose errors a {@code createMany} validation failure lists. */
    private static final int LISTED_INVALID_ROWS = 20;

    private final TableMeta meta;
    private final StorageTable table;
    private final Pipeline pipeline;

    BatchInsert(TableMeta meta, StorageTable table, Pipeline pipeline) {
        this.meta = meta;
        this.table = table;
        this.pipeline = pipeline;
    }

    /**
     * The number of rows inserted, all in one transaction on the context {@code db} gives (or a savepoint inside the
     * caller's); throws {@link ValidationException} before touching the database when any row is invalid.
     */
    int insert(List<? extends Map<String, ?>> inputs, boolean force, Supplier<DSLContext> db) {
        List<BoundRow> rows = prepareAll(inputs, force);
        if (rows.isEmpty()) {
            return 0;
        }
        // its own transaction, or a savepoint inside the caller's: all rows or none
        return run(() -> db.get().transactionResult(c -> insertBatches(DSL.using(c), rows)));
    }

    /**
     * The columns a run of {@code createMany} rows sets: their keys, and their positions among the table's columns (the
     * slots of {@link Pipeline#prepareColumns}).
     */
    private record ColumnSet(List<String> keys, int[] positions) {
        static ColumnSet of(Object[] slots, List<ColumnMeta> columns) {
            List<String> keys = new ArrayList<>();
            int[] positions = new int[slots.length];
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] != Pipeline.ABSENT) {
                    positions[keys.size()] = i;
                    keys.add(columns.get(i).key());
                }
            }
            return new ColumnSet(List.copyOf(keys), Arrays.copyOf(positions, keys.size()));
        }

        /** True when the slots set exactly these columns. */
        boolean setBy(Object[] slots) {
            int set = 0;
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] != Pipeline.ABSENT) {
                    if (set == positions.length || positions[set] != i) {
                        return false;
                    }
                    set++;
                }
            }
            return set == positions.length;
        }
    }

    /**
     * One prepared row of {@code createMany}: the columns it sets (one instance for each run of rows that set the same
     * columns, so that runs are found by identity) and its values as bound.
     */
    private record BoundRow(ColumnSet columns, Object[] values) {}

    /**
     * Every input through the pipeline, with client-side defaults, kept as bind values only; one exception for all
     * invalid rows.
     */
    private List<BoundRow> prepareAll(List<? extends Map<String, ?>> inputs, boolean force) {
        List<BoundRow> rows = new ArrayList<>(inputs.size());
        List<FieldError> errors = new ArrayList<>();
        ColumnSet columns = null;
        int invalid = 0;
        for (int i = 0; i < inputs.size(); i++) {
            Object[] slots;
            try {
                slots = pipeline.withClientDefaults(
                        pipeline.prepareColumns(inputs.get(i), Pipeline.Mode.CREATE, force, "createMany"));
            } catch (ValidationException e) {
                invalid++;
                if (invalid <= LISTED_INVALID_ROWS) {
                    for (FieldError error : e.errors()) {
                        errors.add(new FieldError(error.field(), "row " + i + ": " + error.message()));
                    }
                }
                continue;
            }
            if (invalid > 0) {
                continue; // nothing will be inserted: only the errors matter now
            }
            if (columns == null || !columns.setBy(slots)) {
                columns = ColumnSet.of(slots, meta.columns());
            }
            rows.add(bound(columns, slots));
        }
        if (invalid > 0) {
            String scope = invalid + " of " + inputs.size() + " rows"
                    + (invalid > LISTED_INVALID_ROWS ? " (the first " + LISTED_INVALID_ROWS + " listed)" : "")
                    + ", so nothing was inserted,";
            throw new ValidationException(meta.name(), "createMany", scope, errors);
        }
        return rows;
    }

    /** The row's slots of the columns it sets, as bound. */
    private BoundRow bound(ColumnSet columns, Object[] slots) {
        int[] positions = columns.positions();
        Object[] bound = new Object[positions.length];
        for (int c = 0; c < positions.length; c++) {
            bound[c] = table.bindable(columns.keys().get(c), slots[positions[c]]);
        }
        return new BoundRow(columns, bound);
    }

    /**
     * Inserts the rows in order, one statement per run of rows that set the same columns, executed in JDBC batches of
     * at most {@link #BATCH_SIZE} rows.
     */
    private int insertBatches(DSLContext db, List<BoundRow> rows) {
        int inserted = 0;
        int start = 0;
        while (start < rows.size()) {
            ColumnSet columns = rows.get(start).columns();
            int end = start + 1;
            while (end < rows.size() && rows.get(end).columns() == columns) {
                end++;
            }
            inserted += insertBatch(db, columns.keys(), rows.subList(start, end));
            start = end;
        }
        return inserted;
    }

    private int insertBatch(DSLContext db, List<String> keys, List<BoundRow> rows) {
        if (keys.isEmpty()) {
            rows.forEach(row -> run(() -> db.insertInto(table).defaultValues().execute()));
            return rows.size();
        }
        List<Field<?>> fields = new ArrayList<>();
        List<Field<?>> placeholders = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Field<?> field = table.byKey(keys.get(i));
            fields.add(field);
            placeholders.add(DSL.val(sample(rows, i), field));
        }
        Object[][] values = new Object[rows.size()][];
        // a custom column on PostgreSQL binds its strings as values of no type, which only its own binding does
        boolean plain = fields.stream().noneMatch(f -> f.getDataType().getBinding() instanceof UntypedBinding);
        for (int r = 0; r < rows.size(); r++) {
            values[r] = rows.get(r).values();
            for (Object value : values[r]) {
                plain &= JdbcValues.plain(value);
            }
        }
        var insert = db.insertInto(table, fields).values(placeholders);
        if (plain) {
            // jOOQ renders the statement once, with its casts; the rows go through one PreparedStatement, as a
            // hand-written JDBC batch would send them (jOOQ's batch binds each value through its own binding first)
            String sql = insert.getSQL();
            run(() -> JdbcValues.executeBatches(db, sql, values, BATCH_SIZE));
        } else {
            for (int start = 0; start < values.length; start += BATCH_SIZE) {
                BatchBindStep batch = db.batch(insert);
                for (int r = start; r < Math.min(values.length, start + BATCH_SIZE); r++) {
                    batch.bind(values[r]);
                }
                run(batch::execute);
            }
        }
        return rows.size();
    }

    /**
     * The first non-null value of column {@code i}: a typed sample, so that jOOQ renders the casts the column needs
     * (JSON on H2, uuid on PostgreSQL); jOOQ leaves them out for a null bind value.
     */
    private static Object sample(List<BoundRow> rows, int i) {
        Object sample = null;
        for (int r = 0; r < rows.size() && sample == null; r++) {
            sample = rows.get(r).values()[i];
        }
        return sample;
    }

    private <T> T run(Supplier<T> statement) {
        return Statements.run(meta.name(), statement, "createMany");
    }
}
