package dev.storium.internal.seed;

import dev.storium.config.StoriumConfig;
import dev.storium.store.Store;
import dev.storium.store.StoreDefinition;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Table;

/**
 * The connected database a seed run works on, as the facade's instance offers it: its configuration, its store
 * registry and its transactions. An interface here, so that the seed machinery never reaches up into the facade.
 */
public interface SeedTarget {
    /** The configuration: the {@code seeds}, {@code stores} and {@code schema} patterns. */
    StoriumConfig config();

    /** Registers a CRUD store of the table under its name. */
    Store defineStore(Table<?> table);

    /** Registers the live store of a definition under its table name. */
    <S> S register(StoreDefinition<S> definition);

    /** The CRUD store registered for the table. */
    Store store(String table);

    /** The typed store registered for the table. */
    <S> S store(String table, Class<S> type);

    /** The names of the tables with a store, in registration order. */
    List<String> storeNames();

    /** jOOQ's context: the open transaction's on this thread, else one over the pool. */
    DSLContext dsl();

    /** The pool. */
    DataSource dataSource();

    /** Runs {@code work} in one transaction (a savepoint inside another) and returns its result. */
    <T> T transaction(Function<DSLContext, T> work);

    /** Runs {@code work} in one transaction (a savepoint inside another). */
    void transactionRun(Consumer<DSLContext> work);

    /**
     * Runs {@code work} in one transaction and returns the rows its statements inserted, updated or deleted through
     * jOOQ and the stores (statements on the raw JDBC connection are not counted).
     */
    long transactionCountingWrites(Consumer<DSLContext> work);
}
