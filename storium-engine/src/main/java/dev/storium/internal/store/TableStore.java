package dev.storium.internal.store;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.schema.ColumnDefault;
import dev.storium.schema.ColumnMeta;
import dev.storium.schema.ColumnType;
import dev.storium.schema.TableDef;
import dev.storium.schema.TableMeta;
import dev.storium.store.FieldError;
import dev.storium.store.Options;
import dev.storium.store.Order;
import dev.storium.store.Row;
import dev.storium.store.Store;
import dev.storium.store.ValidationException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertQuery;
import org.jooq.Record;
import org.jooq.SelectQuery;
import org.jooq.SortField;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** The default CRUD operations of one table on one database: the implementation behind every {@link Store}. */
public final class TableStore implements Store {
    private final TableDef definition;
    private final TableMeta meta;
    private final Dialect dialect;
    private final Supplier<DSLContext> current;
    private final StorageTable table;
    private final Conditions conditions;
    private final Pipeline pipeline;

    /** Rows per JDBC batch of {@link #createMany}. */
    private static final int BATCH_SIZE = 1000;
    /** Invalid rows whose errors a {@code createMany} validation failure lists. */
    private static final int LISTED_INVALID_ROWS = 20;

    /**
     * The store of {@code definition}; {@code current} gives the jOOQ context to run on when the options name none
     * (the thread's open transaction, else the pool's).
     */
    public TableStore(TableDef definition, Dialect dialect, Supplier<DSLContext> current, Assertions assertions) {
        this.definition = definition;
        this.meta = definition.storium();
        this.dialect = dialect;
        this.current = current;
        this.table = new StorageTable(meta, dialect);
        this.conditions = new Conditions(meta, table);
        this.pipeline = new Pipeline(meta, assertions);
    }

    @Override
    public TableDef table() {
        return definition;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public DSLContext dsl() {
        return current.get();
    }

    @Override
    public List<Row> find(Map<String, ?> filters, Options options) {
        return select(conditions.filters(filters, "find", "use findAll() to read every row"), options, "find");
    }

    @Override
    public List<Row> findAll(Options options) {
        return select(List.of(), options, "findAll");
    }

    @Override
    public Optional<Row> findOne(Map<String, ?> filters, Options options) {
        List<Condition> where = conditions.filters(filters, "findOne", "use findAll() to read every row");
        return select(where, options.limit(1), "findOne").stream().findFirst();
    }

    @Override
    public Optional<Row> findById(Object id, Options options) {
        return select(conditions.key(id, "findById"), options.limit(1), "findById").stream()
                .findFirst();
    }

    @Override
    public List<Row> findByIdIn(Collection<?> ids, Options options) {
        if (meta.primaryKey().size() != 1) {
            throw new StoriumException(
                    ErrorCode.STORE,
                    "findByIdIn on " + meta.name() + " cannot take ids: its primary key has "
                            + meta.primaryKey().size() + " parts (" + String.join(", ", meta.primaryKey())
                            + "). Fix: use findById for each key, or find with filters.");
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        ColumnMeta key = meta.primaryKeyColumns().get(0);
        List<Object> stored = new ArrayList<>();
        for (Object id : ids) {
            stored.add(table.storage(key.key()).toDb(conditions.value(key, id, "findByIdIn", "id")));
        }
        return select(List.of(table.byKey(key.key()).in(stored)), options, "findByIdIn");
    }

    @Override
    public Row create(Map<String, ?> input, Options options) {
        Map<String, Object> values = pipeline.asMap(
                withClientDefaults(pipeline.prepareColumns(input, Pipeline.Mode.CREATE, options.force(), "create")));
        DSLContext db = db(options);
        InsertQuery<Record> insert = db.insertQuery(table);
        values.forEach((key, value) -> insert.addValue(table.byKey(key), bindable(key, value)));
        if (values.isEmpty()) {
            insert.setDefaultValues();
        }
        ColumnMeta generated = generatedKey(values);
        if (generated != null) {
            insert.setReturning(table.byKey(generated.key()));
        }
        run(() -> insert.execute(), "create");
        Map<String, Object> key = new LinkedHashMap<>();
        for (ColumnMeta column : meta.primaryKeyColumns()) {
            if (column == generated) {
                Record returned = insert.getReturnedRecord();
                key.put(column.key(), returned == null ? null : returned.get(table.byKey(column.key())));
            } else {
                key.put(column.key(), values.get(column.key()));
            }
        }
        return reread(key, options, "create");
    }

    @Override
    public int createMany(List<? extends Map<String, ?>> inputs, Options options) {
        List<BoundRow> rows = prepareAll(inputs, options.force());
        if (rows.isEmpty()) {
            return 0;
        }
        // its own transaction, or a savepoint inside the caller's: all rows or none
        return run(() -> db(options).transactionResult(c -> insertBatches(DSL.using(c), rows)), "createMany");
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
                slots = withClientDefaults(
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
            int[] positions = columns.positions();
            Object[] bound = new Object[positions.length];
            for (int c = 0; c < positions.length; c++) {
                bound[c] = bindable(columns.keys().get(c), slots[positions[c]]);
            }
            rows.add(new BoundRow(columns, bound));
        }
        if (invalid > 0) {
            String scope = invalid + " of " + inputs.size() + " rows"
                    + (invalid > LISTED_INVALID_ROWS ? " (the first " + LISTED_INVALID_ROWS + " listed)" : "")
                    + ", so nothing was inserted,";
            throw new ValidationException(meta.name(), "createMany", scope, errors);
        }
        return rows;
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
            rows.forEach(row -> run(() -> db.insertInto(table).defaultValues().execute(), "createMany"));
            return rows.size();
        }
        List<Field<?>> fields = new ArrayList<>();
        List<Field<?>> placeholders = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Field<?> field = table.byKey(keys.get(i));
            fields.add(field);
            // a typed sample value, so that jOOQ renders the casts the column needs (JSON on H2, uuid on PostgreSQL);
            // jOOQ leaves them out for a null bind value
            Object sample = null;
            for (int r = 0; r < rows.size() && sample == null; r++) {
                sample = rows.get(r).values()[i];
            }
            placeholders.add(DSL.val(sample, field));
        }
        Object[][] values = new Object[rows.size()][];
        boolean plain = true;
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
            run(() -> JdbcValues.executeBatches(db, sql, values, BATCH_SIZE), "createMany");
        } else {
            for (int start = 0; start < values.length; start += BATCH_SIZE) {
                BatchBindStep batch = db.batch(insert);
                for (int r = start; r < Math.min(values.length, start + BATCH_SIZE); r++) {
                    batch.bind(values[r]);
                }
                run(batch::execute, "createMany");
            }
        }
        return rows.size();
    }

    /**
     * The slots of {@link Pipeline#prepareColumns} with the defaults Storium fills in on the client (random UUIDs)
     * where none was given.
     */
    private Object[] withClientDefaults(Object[] slots) {
        List<ColumnMeta> columns = meta.columns();
        for (int i = 0; i < slots.length; i++) {
            ColumnDefault d = columns.get(i).defaultValue();
            if (d != null
                    && d.kind() == ColumnDefault.Kind.RANDOM_UUID
                    && (slots[i] == null || slots[i] == Pipeline.ABSENT)) {
                slots[i] = UUID.randomUUID();
            }
        }
        return slots;
    }

    /** The serial primary-key column the database numbers for this insert, or null. */
    private ColumnMeta generatedKey(Map<String, Object> values) {
        List<ColumnMeta> keys = meta.primaryKeyColumns();
        if (keys.size() == 1
                && keys.get(0).type() == ColumnType.SERIAL
                && values.get(keys.get(0).key()) == null) {
            return keys.get(0);
        }
        return null;
    }

    @Override
    public Row update(Object id, Map<String, ?> input, Options options) {
        List<Condition> where = conditions.key(id, "update");
        Map<String, Object> values = pipeline.prepare(input, Pipeline.Mode.UPDATE, options.force(), "update");
        if (meta.timestamps() && meta.column(TableMeta.UPDATED_AT).isPresent()) {
            values.put(TableMeta.UPDATED_AT, Values.utc(OffsetDateTime.now(ZoneOffset.UTC)));
        }
        DSLContext db = db(options);
        if (!values.isEmpty()) {
            Map<Field<?>, Object> set = new LinkedHashMap<>();
            values.forEach((key, value) -> set.put(table.byKey(key), bindable(key, value)));
            run(() -> db.update(table).set(set).where(where).execute(), "update");
        }
        return reread(conditions.keyParts(id, "update"), options, "update");
    }

    @Override
    public boolean destroy(Object id, Options options) {
        List<Condition> where = conditions.key(id, "destroy");
        return run(() -> db(options).deleteFrom(table).where(where).execute(), "destroy") > 0;
    }

    @Override
    public int destroyAll(Map<String, ?> filters, Options options) {
        List<Condition> where = conditions.filters(
                filters,
                "destroyAll",
                "pass the filter of the rows to delete; to empty the table"
                        + " on purpose, use dsl().deleteFrom(table()).execute()");
        return run(() -> db(options).deleteFrom(table).where(where).execute(), "destroyAll");
    }

    @Override
    public Object ref(Map<String, ?> filters, Options options) {
        List<Condition> where = conditions.filters(filters, "ref", "name the row with a filter on a unique column");
        List<Field<Object>> keyFields = new ArrayList<>();
        meta.primaryKey().forEach(key -> keyFields.add(table.byKey(key)));
        List<Record> found = run(
                () -> db(options)
                        .select(keyFields)
                        .from(table)
                        .where(where)
                        .limit(2)
                        .fetch(),
                "ref");
        if (found.size() != 1) {
            throw new StoriumException(
                    ErrorCode.STORE,
                    "ref on " + meta.name() + " found " + (found.isEmpty() ? "no row" : "more than one row")
                            + " where " + Conditions.describe(filters) + ", and a reference needs exactly one. Fix: "
                            + (found.isEmpty()
                                    ? "create that row first (seeds run in name order) or correct the filter."
                                    : "filter on a unique column, such as the primary key."));
        }
        List<Object> parts = new ArrayList<>();
        for (String key : meta.primaryKey()) {
            parts.add(table.storage(key).fromDb(found.get(0).get(table.byKey(key))));
        }
        return parts.size() == 1 ? parts.get(0) : List.copyOf(parts);
    }

    private Row reread(Map<String, Object> key, Options options, String operation) {
        return findById(key, options.transaction(db(options)))
                .orElseThrow(() -> new StoriumException(
                        ErrorCode.STORE,
                        operation + " on " + meta.name() + " found no row with key " + Conditions.describe(key)
                                + ". Fix: pass the key of an existing row (findById tells whether it exists)."));
    }

    private List<Row> select(List<Condition> where, Options options, String operation) {
        List<ColumnMeta> columns = meta.columns().stream()
                .filter(c -> options.includeHidden() || !c.hidden())
                .toList();
        SelectQuery<Record> query = db(options).selectQuery();
        columns.forEach(c -> query.addSelect(table.byKey(c.key())));
        query.addFrom(table);
        query.addConditions(where);
        List<SortField<?>> order = new ArrayList<>();
        for (Order o : options.orderBy()) {
            Field<Object> field =
                    table.byKey(conditions.column(o.key(), operation).key());
            order.add(o.descending() ? field.desc() : field.asc());
        }
        query.addOrderBy(order);
        if (options.limit() != null) {
            query.addLimit(options.limit());
        }
        if (options.offset() != null) {
            query.addOffset(options.offset());
        }
        List<Row> rows = new ArrayList<>();
        for (Record record : run(query::fetch, operation)) {
            Map<String, Object> values = new LinkedHashMap<>();
            columns.forEach(c -> values.put(c.key(), table.storage(c.key()).fromDb(record.get(table.byKey(c.key())))));
            rows.add(new Row(values));
        }
        return rows;
    }

    private Object bindable(String key, Object value) {
        return value instanceof Pipeline.AsGiven
                ? ((Pipeline.AsGiven) value).value()
                : table.storage(key).toDb(value);
    }

    private DSLContext db(Options options) {
        return options.transaction() != null ? options.transaction() : current.get();
    }

    private <T> T run(Supplier<T> statement, String operation) {
        try {
            return statement.get();
        } catch (DataAccessException e) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    operation + " on " + meta.name() + " failed in the database: " + e.getMessage()
                            + ". Fix: check the values against the table's constraints (unique indexes, foreign keys,"
                            + " NOT NULL columns).",
                    e);
        }
    }
}
