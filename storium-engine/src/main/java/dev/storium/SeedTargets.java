package dev.storium;

import dev.storium.config.StoriumConfig;
import dev.storium.internal.seed.SeedTarget;
import dev.storium.store.Store;
import dev.storium.store.StoreDefinition;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Table;

/** An instance as the seed machinery sees it: every call goes to the instance. */
final class SeedTargets implements SeedTarget {
    private final StoriumInstance instance;

    private SeedTargets(StoriumInstance instance) {
        this.instance = instance;
    }

    static SeedTarget of(StoriumInstance instance) {
        return new SeedTargets(instance);
    }

    @Override
    public StoriumConfig config() {
        return instance.config();
    }

    @Override
    public Store defineStore(Table<?> table) {
        return instance.defineStore(table);
    }

    @Override
    public <S> S register(StoreDefinition<S> definition) {
        return instance.register(definition);
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
    public List<String> storeNames() {
        return instance.storeNames();
    }

    @Override
    public DSLContext dsl() {
        return instance.dsl();
    }

    @Override
    public DataSource dataSource() {
        return instance.dataSource();
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
    public long transactionCountingWrites(Consumer<DSLContext> work) {
        return instance.transactionCountingWrites(work);
    }
}
