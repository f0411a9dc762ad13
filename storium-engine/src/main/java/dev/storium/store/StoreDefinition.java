package dev.storium.store;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.schema.TableDef;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
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
 * Calling {@code queries} again adds a second class of queries beside the first, found by its type
 * ({@code instance.store("users", AdminQueries.class)}); two classes that declare a query of one name are refused when
 * the store is built.
 *
 * @param <S> the type of the live store: {@link Store} itself, or the custom class
 */
public final class StoreDefinition<S> {
    private final TableDef table;
    private final List<Function<Store, ?>> queries;
    private final Function<Store, S> factory;

    private StoreDefinition(TableDef table, List<Function<Store, ?>> queries, Function<Store, S> factory) {
        this.table = table;
        this.queries = List.copyOf(queries);
        this.factory = factory;
    }

    /**
     * A definition of a CRUD-only store of this table; refuses a plain jOOQ table, and a table without a primary key,
     * with {@link ErrorCode#SCHEMA_DEFINITION}.
     */
    public static StoreDefinition<Store> defineStore(Table<?> table) {
        return new StoreDefinition<>(storiumTable(table), List.of(), Function.identity());
    }

    /**
     * This table with custom queries: {@code factory} builds the typed store from the CRUD context. Queries defined
     * before are kept beside these (the live store of this definition is this factory's; the others are found by
     * their type).
     */
    public <T> StoreDefinition<T> queries(Function<Store, T> factory) {
        Objects.requireNonNull(factory, "factory");
        List<Function<Store, ?>> all = new ArrayList<>(queries);
        all.add(factory);
        return new StoreDefinition<>(table, all, factory);
    }

    /** The table definition. */
    public TableDef table() {
        return table;
    }

    /** True when the definition has custom queries. */
    public boolean hasQueries() {
        return !queries.isEmpty();
    }

    /** The live store of this definition over the given CRUD context; runs each factory once. */
    public S build(Store context) {
        if (queries.isEmpty()) {
            return factory.apply(context);
        }
        List<Object> all = buildAll(context);
        return cast(all.get(all.size() - 1));
    }

    @SuppressWarnings("unchecked") // the last object of buildAll is the one of factory, an S
    private S cast(Object store) {
        return (S) store;
    }

    /**
     * Every live object of this definition over the given CRUD context, in the order of the {@code queries} calls (the
     * CRUD context itself when there are none); runs each factory once. Refuses, with {@link
     * ErrorCode#SCHEMA_DEFINITION}, a factory that returns null, two factories of one class, and two classes that
     * declare a public method of one name.
     */
    public List<Object> buildAll(Store context) {
        if (queries.isEmpty()) {
            return List.of(context);
        }
        List<Object> built = new ArrayList<>();
        Map<String, Class<?>> owners = new LinkedHashMap<>();
        Set<Class<?>> classes = new HashSet<>();
        for (Function<Store, ?> queryFactory : queries) {
            Object store = queryFactory.apply(context);
            if (store == null) {
                throw new StoriumException(
                        ErrorCode.SCHEMA_DEFINITION,
                        "The queries factory of the store of table "
                                + table.storium().name() + " returned null."
                                + " Fix: return the custom store object, such as `ctx -> new UserStore(ctx)`.");
            }
            if (!classes.add(store.getClass())) {
                throw new StoriumException(
                        ErrorCode.SCHEMA_DEFINITION,
                        "The store of table " + table.storium().name() + " has the queries of "
                                + store.getClass().getName() + " twice: .queries(...) was given that class twice."
                                + " Fix: call .queries(...) once per class.");
            }
            for (String name : queryNames(store.getClass())) {
                Class<?> earlier = owners.putIfAbsent(name, store.getClass());
                if (earlier != null) {
                    throw duplicate(name, earlier, store.getClass());
                }
            }
            built.add(store);
        }
        return built;
    }

    private StoriumException duplicate(String name, Class<?> first, Class<?> second) {
        return new StoriumException(
                ErrorCode.SCHEMA_DEFINITION,
                "The store of table " + table.storium().name() + " has two queries named " + name + ": in "
                        + first.getName() + " and in " + second.getName()
                        + ". Each .queries(...) adds its class beside the earlier ones, and a query name must be"
                        + " unique in a store. Fix: rename one of them, or keep the queries in one class.");
    }

    /** The names of the public methods a query class declares, itself or above it, short of {@link Object}'s. */
    private static Set<String> queryNames(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Method method : type.getMethods()) {
            if (method.getDeclaringClass() != Object.class && !method.isSynthetic()) {
                names.add(method.getName());
            }
        }
        return names;
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
