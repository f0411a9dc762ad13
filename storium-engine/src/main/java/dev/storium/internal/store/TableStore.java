package dev.storium.internal.store;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.schema.ColumnMeta;
import dev.storium.schema.ColumnType;
import dev.storium.schema.TableDef;
import dev.storium.schema.TableMeta;
import dev.storium.store.Options;
import dev.storium.store.Row;
import dev.storium.store.Store;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertQuery;
import org.jooq.Record;

/** The default CRUD operations of one table on one database: the implementation behind every {@link Store}. */
public final class TableStore implements Store {
    private final TableDef definition;
    private final TableMeta meta;
    private final Dialect dialect;
    private final Supplier<DSLContext> current;
    private final StorageTable table;
    private final Conditions conditions;
    private final Pipeline pipeline;
    private final Selection selection;
    private final BatchInsert batchInsert;

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
        this.selection = new Selection(meta, table, conditions);
        this.batchInsert = new BatchInsert(meta, table, pipeline);
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
        Map<String, Object> values = pipeline.asMap(pipeline.withClientDefaults(
                pipeline.prepareColumns(input, Pipeline.Mode.CREATE, options.force(), "create")));
        DSLContext db = db(options);
        InsertQuery<Record> insert = db.insertQuery(table);
        values.forEach((key, value) -> insert.addValue(table.byKey(key), table.bindable(key, value)));
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
        return batchInsert.insert(inputs, options.force(), () -> db(options));
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
            values.forEach((key, value) -> set.put(table.byKey(key), table.bindable(key, value)));
            run(() -> db.update(table).set(set).where(where).execute(), "update");
        }
        return reread(keyAfter(conditions.keyParts(id, "update"), values), options, "update");
    }

    /** The row's key after an update that may have set key columns (those a table's {@code .primaryKey(a, b)} names). */
    private static Map<String, Object> keyAfter(Map<String, Object> before, Map<String, Object> values) {
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.replaceAll((key, value) -> {
            Object set = values.getOrDefault(key, value);
            return set instanceof Pipeline.AsGiven ? ((Pipeline.AsGiven) set).value() : set;
        });
        return after;
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
        return selection.rows(db(options), where, options, operation);
    }

    private DSLContext db(Options options) {
        return options.transaction() != null ? options.transaction() : current.get();
    }

    private <T> T run(Supplier<T> statement, String operation) {
        return Statements.run(meta.name(), statement, operation);
    }
}
