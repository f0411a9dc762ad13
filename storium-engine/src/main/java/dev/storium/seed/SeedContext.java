package dev.storium.seed;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.store.Store;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;

/**
 * What a {@link Seed} works with: the live stores of the project by table name, jOOQ's context, the dialect, a
 * transaction helper, the pool and the configuration. Everything a seed does through its stores, its context and its
 * transactions joins the seed's own transaction.
 */
public interface SeedContext {
    /** The CRUD stores by table name, in name order: those of store definitions and those made for plain tables. */
    Map<String, Store> stores();

    /** The CRUD store of a table; an unknown table is refused, listing the known ones. */
    Store store(String table);

    /** The typed store of a table, as registered from its store definition (with its custom queries). */
    <S> S store(String table, Class<S> type);

    /** jOOQ's context, inside the seed's transaction. */
    DSLContext dsl();

    /** The dialect of the database. */
    Dialect dialect();

    /** Runs {@code work} in a nested transaction (a savepoint inside the seed's) and returns its result. */
    <T> T transaction(Function<DSLContext, T> work);

    /** Runs {@code work} in a nested transaction (a savepoint inside the seed's). */
    void transactionRun(Consumer<DSLContext> work);

    /** The pool, for code that needs a plain {@link DataSource}; a connection taken from it is outside the seed's transaction. */
    DataSource dataSource();

    /** The configuration the instance was made from. */
    StoriumConfig config();
}
