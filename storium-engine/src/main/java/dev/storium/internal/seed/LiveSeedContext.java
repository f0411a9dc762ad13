package dev.storium.internal.seed;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.seed.SeedContext;
import dev.storium.store.Store;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;

/** The context of a seed run: the instance and the tables whose stores discovery registered. */
final class LiveSeedContext implements SeedContext {
    private final SeedTarget instance;
    private final Map<String, Store> stores;

    LiveSeedContext(SeedTarget instance, Set<String> tables) {
        this.instance = instance;
        Map<String, Store> byName = new TreeMap<>();
        for (String table : tables) {
            byName.put(table, instance.store(table));
        }
        this.stores = Collections.unmodifiableMap(byName);
    }

    @Override
    public Map<String, Store> stores() {
        return stores;
    }

    @Override
    public Store store(String table) {
        return instance.store(table);
    }

    @Override
    public <S> S store(String table, Class<S> type) {
        return instance.store(table, type);
    }

    @Override
    public DSLContext dsl() {
        return instance.dsl();
    }

    @Override
    public Dialect dialect() {
        return instance.config().dialect();
    }

    @Override
    public <T> T transaction(Function<DSLContext, T> work) {
        return instance.transaction(work);
    }

    @Override
    public void transactionRun(Consumer<DSLContext> work) {
        instance.transactionRun(work);
    }

    @Override
    public DataSource dataSource() {
        return instance.dataSource();
    }

    @Override
    public StoriumConfig config() {
        return instance.config();
    }
}
