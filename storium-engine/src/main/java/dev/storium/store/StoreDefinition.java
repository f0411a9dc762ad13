package dev.storium.store;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.schema.TableDef;
import java.util.Objects;
import java.util.function.Function;
import org.jooq.Table;

/**
 * A table bundled with its custom queries, ready to be made live by {@code instance.register(...)}:
 *
 * <pre>{@code
 * public static final StoreDefinition<UserStore> USER_STORE = defineStore(USERS).queries(UserStore::new);
 *
 * public final class UserStore {
 *     private final Store ctx;
 *     public UserStore(Store ctx) { this.ctx = ctx; }
 *     public Optional<Row> findByEmail(String email) { return ctx.findOne(Map.of("email", email)); }
 * }
 * }</pre>
 *
 * The factory runs once per live store with that table's {@link Store}, which always keeps the default operations.
 *
 * @param <S> the type of the live store: {@link Store} itself, or the custom class
 */
public final class StoreDefinition<S> {
    private final TableDef table;
    private final boolean hasQueries;
    private final Function<Store, S> factory;

    private StoreDefinition(TableDef table, boolean hasQueries, Function<Store, S> factory) {
        this.table = table;
        this.hasQueries = hasQueries;
        this.factory = factory;
    }

    /**
     * A definition of a CRUD-only store of this table; refuses a plain jOOQ table, and a table without a primary key,
     * with {@link ErrorCode#SCHEMA_DEFINITION}.
     */
    public static StoreDefinition<Store> defineStore(Table<?> table) {
        return new StoreDefinition<>(storiumTable(table), false, Function.identity());
    }

    /** This table with custom queries: {@code factory} builds the typed store from the CRUD context. */
    public <T> StoreDefinition<T> queries(Function<Store, T> factory) {
        Objects.requireNonNull(factory, "factory");
        return new StoreDefinition<>(table, true, factory);
    }

    /** The table definition. */
    public TableDef table() {
        return table;
    }

    /** True when the definition has custom queries. */
    public boolean hasQueries() {
        return hasQueries;
    }

    /** The live store of this definition over the given CRUD context; runs the factory once. */
    public S build(Store context) {
        S store = factory.apply(context);
        if (store == null) {
            throw new StoriumException(
                    ErrorCode.SCHEMA_DEFINITION,
                    "The queries factory of the store of table "
                            + table.storium().name() + " returned null."
                            + " Fix: return the custom store object, such as `ctx -> new UserStore(ctx)`.");
        }
        return store;
    }

    /**
     * The Storium table behind a jOOQ table; refuses a plain jOOQ table and a table without a primary key with
     * {@link ErrorCode#SCHEMA_DEFINITION}.
     */
    public static TableDef storiumTable(Table<?> table) {
        Objects.requireNonNull(table, "table");
        if (!(table instanceof TableDef)) {
            throw new StoriumException(
                    ErrorCode.SCHEMA_DEFINITION,
                    "Table " + table.getName() + " is a plain jOOQ table ("
                            + table.getClass().getName()
                            + "), not a Storium table: a store needs the column metadata of a TableDef. Fix: define it"
                            + " with Schema.defineTable(\"" + table.getName() + "\").columns(...).");
        }
        TableDef def = (TableDef) table;
        if (def.storium().primaryKey().isEmpty()) {
            throw new StoriumException(
                    ErrorCode.SCHEMA_DEFINITION,
                    "Table " + def.storium().name() + " has no primary key, and a store finds, updates and deletes"
                            + " rows by key. Fix: mark a column .primaryKey(), name one `id`, or call"
                            + " .primaryKey(\"a\", \"b\") on the table.");
        }
        return def;
    }
}
