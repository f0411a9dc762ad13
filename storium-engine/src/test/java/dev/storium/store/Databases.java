package dev.storium.store;

import dev.storium.Storium;
import dev.storium.StoriumInstance;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.internal.push.Push;
import dev.storium.options.PushOptions;
import dev.storium.result.PushResult;
import dev.storium.testing.TestDatabases;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One connected instance per dialect over a private database holding {@link StoreTables#ALL}, for a test class: made
 * on first use, emptied between tests, dropped at the end.
 */
public final class Databases implements AutoCloseable {
    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final TestDatabases databases;
    private final Map<String, String> assertions;
    private final Map<Dialect, StoriumInstance> instances = new EnumMap<>(Dialect.class);

    public Databases(String purpose, Map<String, String> assertions) {
        this.databases = TestDatabases.forPurpose(purpose);
        this.assertions = assertions;
    }

    /** The configuration of this fixture's database of a dialect. */
    public StoriumConfig config(Dialect dialect, StoriumConfig.Pool pool) {
        return config(dialect, databases.url(dialect), pool, assertions);
    }

    public static StoriumConfig config(
            Dialect dialect, String url, StoriumConfig.Pool pool, Map<String, String> assertions) {
        Path here = Path.of("").toAbsolutePath();
        return new StoriumConfig(
                dialect,
                url,
                null,
                null,
                List.of(),
                List.of(),
                here.resolve("target/store-migrations"),
                List.of(),
                assertions,
                pool,
                here,
                null);
    }

    /** The connected instance of a dialect, its tables created on first use and empty. */
    public synchronized StoriumInstance instance(Dialect dialect) {
        StoriumInstance instance = instances.get(dialect);
        if (instance == null) {
            StoriumConfig config = config(dialect, null);
            PushResult pushed = Push.run(config, StoreTables.ALL, PushOptions.DEFAULTS);
            if (!pushed.success()) {
                throw new IllegalStateException(pushed.message());
            }
            instance = Storium.connect(config);
            instances.put(dialect, instance);
        }
        return instance;
    }

    /** Deletes every row of the fixture's tables, children first. */
    public synchronized void empty() {
        for (StoriumInstance instance : instances.values()) {
            for (String table : List.of("checked", "notes", "memberships", "users")) {
                instance.dsl()
                        .deleteFrom(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(table)))
                        .execute();
            }
        }
    }

    @Override
    public synchronized void close() {
        instances.values().forEach(StoriumInstance::close);
        databases.close();
    }
}
