package dev.storium;

import com.zaxxer.hikari.HikariDataSource;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.store.Assertions;
import dev.storium.internal.store.ConnectionPool;
import dev.storium.internal.store.TableStore;
import dev.storium.internal.store.WriteCounter;
import dev.storium.schema.TableDef;
import dev.storium.store.Store;
import dev.storium.store.StoreDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connected Storium: the connection pool, jOOQ's {@link DSLContext}, live stores and transactions. Made by
 * {@link Storium#connect(StoriumConfig)}, which opens a pool of its own, or by
 * {@link Storium#connect(DataSource, StoriumConfig)} on the application's pool; close it (or {@link #disconnect()}) when
 * done, once or many times: that closes Storium's own pool, never the application's. Stores
 * registered here are found again by table name ({@link #store(String)}). Thread-safe; a transaction belongs to the
 * thread that opened it.
 */
public final class StoriumInstance implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoriumInstance.class);

    private final StoriumConfig config;
    private final DataSource pool;
    private final HikariDataSource ownPool;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final SQLDialect sqlDialect;
    private final DSLContext dsl;
    private final Assertions assertions;
    private final ThreadLocal<DSLContext> transaction = new ThreadLocal<>();
    private final Map<String, Registered> stores = new LinkedHashMap<>();

    /** A table's CRUD store and its live objects: the CRUD store itself, or one per {@code queries(...)} class. */
    private record Registered(Store crud, List<Object> stores) {}

    private StoriumInstance(StoriumConfig config, DataSource pool, HikariDataSource ownPool, Assertions assertions) {
        this.config = config;
        this.pool = pool;
        this.ownPool = ownPool;
        this.assertions = assertions;
        this.sqlDialect = ConnectionPool.sqlDialect(config.dialect());
        this.dsl = DSL.using(
                pool,
                sqlDialect,
                new Settings().withMapRecordComponentParameterNames(true).withMapConstructorParameterNames(true));
    }

    /**
     * Loads the configured assertions and, unless the configuration carries the application's DataSource, opens a pool
     * of its own and checks one connection; see {@link Storium#connect}.
     */
    static StoriumInstance open(StoriumConfig config) {
        Assertions assertions = Assertions.load(config.assertions());
        if (config.dataSource() != null) {
            LOG.debug("Connected to {} through the application's DataSource", Connections.describe(config));
            return new StoriumInstance(config, config.dataSource(), null, assertions);
        }
        HikariDataSource pool = ConnectionPool.open(config);
        LOG.debug(
                "Connected to {} (pool {}..{})",
                pool.getPoolName(),
                config.pool().min(),
                config.pool().max());
        return new StoriumInstance(config, pool, pool, assertions);
    }

    /** The dialect of the database. */
    public Dialect dialect() {
        return config.dialect();
    }

    /** The configuration this instance was made from. */
    public StoriumConfig config() {
        return config;
    }

    /** jOOQ's context: the transaction's open on this thread, else one over the pool; refused once closed. */
    public DSLContext dsl() {
        if (closed.get()) {
            throw new StoriumException(
                    ErrorCode.STORE,
                    "This Storium instance (" + Connections.describe(config) + ") is closed. Fix: use it before"
                            + " close(), or connect again.");
        }
        DSLContext open = transaction.get();
        return open != null ? open : dsl;
    }

    /** The pool (Storium's own, or the application's it was given), for code that needs a plain {@link DataSource}. */
    public DataSource dataSource() {
        return pool;
    }

    /**
     * A live CRUD store of the table; a plain jOOQ table, or a table without a primary key, is refused with {@link
     * ErrorCode#SCHEMA_DEFINITION}. It is found by {@link #store(String)} unless a store with queries was registered.
     */
    public Store defineStore(Table<?> table) {
        TableDef def = StoreDefinition.storiumTable(table);
        Store store = new TableStore(def, config.dialect(), this::dsl, assertions);
        synchronized (stores) {
            stores.putIfAbsent(def.storium().name(), new Registered(store, List.of(store)));
        }
        return store;
    }

    /**
     * The live store of a definition (the custom class of its last {@code queries(...)} for a store with queries),
     * registered under its table name with the classes of its earlier {@code queries(...)}.
     */
    public <S> S register(StoreDefinition<S> definition) {
        TableDef def = definition.table();
        Store crud = new TableStore(def, config.dialect(), this::dsl, assertions);
        List<Object> live = definition.buildAll(crud);
        synchronized (stores) {
            stores.put(def.storium().name(), new Registered(crud, live));
        }
        @SuppressWarnings("unchecked") // buildAll's last object is the definition's live store, an S
        S store = (S) live.get(live.size() - 1);
        return store;
    }

    /** The live stores of several definitions, in order, each registered under its table name. */
    public List<Object> register(StoreDefinition<?>... definitions) {
        List<Object> live = new ArrayList<>();
        for (StoreDefinition<?> definition : definitions) {
            live.add(register(definition));
        }
        return live;
    }

    /** The CRUD store registered for the table (of a typed store too); an unknown name is refused, listing the known. */
    public Store store(String table) {
        return registered(table).crud();
    }

    /**
     * The typed store registered for the table, of one of its {@code queries(...)} classes; refused when there is none
     * or none is of that type.
     */
    public <S> S store(String table, Class<S> type) {
        Registered registered = registered(table);
        if (type.isInstance(registered.crud())) {
            return type.cast(registered.crud());
        }
        List<Object> live = registered.stores();
        for (Object store : live) {
            if (type.isInstance(store)) {
                return type.cast(store);
            }
        }
        String kinds = live.stream().map(s -> s.getClass().getName()).collect(Collectors.joining(" and a "));
        throw new StoriumException(
                ErrorCode.STORE,
                "The store of table " + table + " is a " + kinds + ", not a " + type.getName()
                        + ". Fix: register defineStore(...).queries(" + type.getSimpleName()
                        + "::new), or ask for Store.class.");
    }

    /** The names of the tables with a store, in registration order. */
    public List<String> storeNames() {
        synchronized (stores) {
            return List.copyOf(stores.keySet());
        }
    }

    private Registered registered(String table) {
        synchronized (stores) {
            Registered found = stores.get(table);
            if (found == null) {
                throw new StoriumException(
                        ErrorCode.STORE,
                        "No store is registered for table " + table + "; registered: "
                                + (stores.isEmpty() ? "none" : String.join(", ", new TreeSet<>(stores.keySet())))
                                + ". Fix: call register(definition) or defineStore(table) first.");
            }
            return found;
        }
    }

    /**
     * Runs {@code work} in one transaction and returns its result: committed when it returns, rolled back when it
     * throws (the exception propagates). Store calls inside, on this thread, use the transaction without being told;
     * a transaction inside another becomes a savepoint.
     */
    public <T> T transaction(Function<DSLContext, T> work) {
        return transaction(work, null);
    }

    /**
     * Runs {@code work} in one transaction, as {@link #transaction(Function)} does, and returns the rows its statements
     * inserted, updated or deleted through jOOQ (the stores included); for the seed report. Statements sent over the
     * raw JDBC connection are not counted.
     */
    long transactionCountingWrites(Consumer<DSLContext> work) {
        WriteCounter counter = new WriteCounter();
        transactionRun(work, counter);
        return counter.rows();
    }

    private <T> T transaction(Function<DSLContext, T> work, WriteCounter counter) {
        return dsl().transactionResult(configuration -> {
            DSLContext outer = transaction.get();
            DSLContext inner = DSL.using(counter == null ? configuration : configuration.deriveAppending(counter));
            transaction.set(inner);
            try {
                return work.apply(inner);
            } finally {
                if (outer == null) {
                    transaction.remove();
                } else {
                    transaction.set(outer);
                }
            }
        });
    }

    /** Runs {@code work} in one transaction, as {@link #transaction(Function)} does, for work without a result. */
    public void transactionRun(Consumer<DSLContext> work) {
        transactionRun(work, null);
    }

    private void transactionRun(Consumer<DSLContext> work, WriteCounter counter) {
        transaction(
                tx -> {
                    work.accept(tx);
                    return null;
                },
                counter);
    }

    /** True once {@link #disconnect()} (or {@link #close()}) ran. */
    public boolean isClosed() {
        return closed.get();
    }

    /**
     * Closes the instance: its own pool when {@link Storium#connect(StoriumConfig)} opened one; the application's
     * DataSource is left open, as it was given. Calling it again does nothing.
     */
    public void disconnect() {
        if (closed.compareAndSet(false, true)) {
            if (ownPool != null) {
                ownPool.close();
                LOG.debug("Disconnected {}", ownPool.getPoolName());
            } else {
                LOG.debug(
                        "Disconnected from {}; the application's DataSource stays open", Connections.describe(config));
            }
        }
    }

    /** Same as {@link #disconnect()}. */
    @Override
    public void close() {
        disconnect();
    }
}
