package dev.storium.store;

import dev.storium.config.Dialect;
import dev.storium.schema.TableDef;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * A live store of one table: the default CRUD operations, and the context typed stores are built from (see
 * {@link StoreDefinition#queries}). Inputs, filters and rows are keyed by DSL key (camelCase, not database names).
 * Filters are equality filters, ANDed; a null filter value matches NULL. Every operation has a form taking
 * {@link Options}; without one, it runs in the transaction open on this thread ({@code instance.transaction(...)}) or
 * on its own. Refusals throw a {@code StoriumException} with code {@code STORE}; invalid input a
 * {@link ValidationException}.
 */
public interface Store {

    /** The table definition. */
    TableDef table();

    /** The table's name. */
    default String name() {
        return table().storium().name();
    }

    /** The dialect of the database. */
    Dialect dialect();

    /** jOOQ's context for custom queries: the transaction's open on this thread, else the pool's. */
    DSLContext dsl();

    /** The rows matching every filter (at least one); an empty filter is refused: use {@link #findAll()}. */
    default List<Row> find(Map<String, ?> filters) {
        return find(filters, Options.DEFAULTS);
    }

    /** The rows matching every filter (at least one), with limit, offset and order from the options. */
    List<Row> find(Map<String, ?> filters, Options options);

    /** Every row. */
    default List<Row> findAll() {
        return findAll(Options.DEFAULTS);
    }

    /** Every row, with limit, offset and order from the options. */
    List<Row> findAll(Options options);

    /** Every row, mapped into {@code type} as {@link Row#into(Class)} does. */
    default <T> List<T> findAll(Class<T> type) {
        return Row.into(findAll(), type);
    }

    /** The first row matching every filter (at least one), if any. */
    default Optional<Row> findOne(Map<String, ?> filters) {
        return findOne(filters, Options.DEFAULTS);
    }

    /** The first row matching every filter (at least one), in the options' order, if any. */
    Optional<Row> findOne(Map<String, ?> filters, Options options);

    /**
     * The row with this primary key, if any: the key's value, or for a composite key all parts as a {@code List} in key
     * order or a {@code Map} by key.
     */
    default Optional<Row> findById(Object id) {
        return findById(id, Options.DEFAULTS);
    }

    /** The row with this primary key, if any. */
    Optional<Row> findById(Object id, Options options);

    /** The rows whose primary key is one of these (single-column keys only); no ids, no rows. */
    default List<Row> findByIdIn(Collection<?> ids) {
        return findByIdIn(ids, Options.DEFAULTS);
    }

    /** The rows whose primary key is one of these (single-column keys only). */
    List<Row> findByIdIn(Collection<?> ids, Options options);

    /** Validates the input, inserts it, and returns the stored row (defaults and generated keys included). */
    default Row create(Map<String, ?> input) {
        return create(input, Options.DEFAULTS);
    }

    /** Validates the input (unless forced), inserts it, and returns the stored row. */
    Row create(Map<String, ?> input, Options options);

    /**
     * Validates every input, then inserts them all in one transaction (the one open on this thread, else its own), in
     * JDBC batches; returns how many rows were inserted. Nothing is inserted when any input is invalid: the
     * {@link ValidationException} lists the errors of the invalid rows by index ({@code row 17: ...}). Unlike
     * {@link #create(Map)} it does not read the rows back; use it for imports and bulk loads.
     */
    default int createMany(List<? extends Map<String, ?>> inputs) {
        return createMany(inputs, Options.DEFAULTS);
    }

    /** As {@link #createMany(List)}, with options ({@code force} skips validation; {@code transaction} names one). */
    int createMany(List<? extends Map<String, ?>> inputs, Options options);

    /**
     * Validates the input, writes its writable columns (and {@code updatedAt} when the table has timestamps) to the row
     * with this key, and returns the stored row; no such row is an error.
     */
    default Row update(Object id, Map<String, ?> input) {
        return update(id, input, Options.DEFAULTS);
    }

    /** As {@link #update(Object, Map)}, with options. */
    Row update(Object id, Map<String, ?> input, Options options);

    /** Deletes the row with this key; true when there was one. */
    default boolean destroy(Object id) {
        return destroy(id, Options.DEFAULTS);
    }

    /** Deletes the row with this key; true when there was one. */
    boolean destroy(Object id, Options options);

    /** Deletes the rows matching every filter (at least one) and returns how many. */
    default int destroyAll(Map<String, ?> filters) {
        return destroyAll(filters, Options.DEFAULTS);
    }

    /** Deletes the rows matching every filter (at least one) and returns how many. */
    int destroyAll(Map<String, ?> filters, Options options);

    /**
     * The primary-key value of the one row matching the filters, for filling a foreign key: the value itself, or a
     * {@code List} in key order for a composite key. No row, or more than one, is an error naming table and filter.
     */
    default Object ref(Map<String, ?> filters) {
        return ref(filters, Options.DEFAULTS);
    }

    /** As {@link #ref(Map)}, with options. */
    Object ref(Map<String, ?> filters, Options options);
}
