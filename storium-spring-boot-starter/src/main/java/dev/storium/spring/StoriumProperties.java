package dev.storium.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Storium's settings in the application's Spring configuration, under {@code storium.*}. Each one that is set wins
 * over the same key of Storium's config file ({@code storium.config.yaml}); what is set in neither keeps Storium's
 * default. The database is always the application's {@code DataSource}.
 */
@ConfigurationProperties(prefix = "storium")
public class StoriumProperties {
    /**
     * The migrations directory, resolved against the working directory. Default: Storium's config file's {@code out},
     * else ./migrations.
     */
    private String out;

    /**
     * Class-name globs of the classes that hold the table definitions, such as com.example.db.*. Default: the config
     * file's {@code schema}, else every class under the application's package (the one of its
     * {@code @SpringBootApplication}).
     */
    private List<String> schema = new ArrayList<>();

    /**
     * Class-name globs of the classes that hold store definitions, registered before the seeds run. Default: the
     * config file's {@code stores}, else every class under the application's package.
     */
    private List<String> stores = new ArrayList<>();

    /** Class-name globs of the seed classes that run when seed.enabled is true; empty for every seed. */
    private List<String> seeds = new ArrayList<>();

    /** The history table's name. Default: the config file's {@code migrationsTable}, else __storium_migrations. */
    private String migrationsTable;

    /**
     * User assertions for validation: name to the fully qualified name of the class implementing it; they add to the
     * config file's and win over them by name.
     */
    private Map<String, String> assertions = new LinkedHashMap<>();

    /** The dialect, when the one the DataSource reports should be checked against a fixed one. */
    private String dialect;

    private final Migrate migrate = new Migrate();

    private final Seed seed = new Seed();

    public String getOut() {
        return out;
    }

    public void setOut(String out) {
        this.out = out;
    }

    public List<String> getSchema() {
        return schema;
    }

    public void setSchema(List<String> schema) {
        this.schema = schema;
    }

    public List<String> getStores() {
        return stores;
    }

    public void setStores(List<String> stores) {
        this.stores = stores;
    }

    public List<String> getSeeds() {
        return seeds;
    }

    public void setSeeds(List<String> seeds) {
        this.seeds = seeds;
    }

    public String getMigrationsTable() {
        return migrationsTable;
    }

    public void setMigrationsTable(String migrationsTable) {
        this.migrationsTable = migrationsTable;
    }

    public String getDialect() {
        return dialect;
    }

    public void setDialect(String dialect) {
        this.dialect = dialect;
    }

    public Map<String, String> getAssertions() {
        return assertions;
    }

    public void setAssertions(Map<String, String> assertions) {
        this.assertions = assertions;
    }

    public Migrate getMigrate() {
        return migrate;
    }

    public Seed getSeed() {
        return seed;
    }

    /**
     * The settings that are set, as Storium's configuration keys with the {@code storium.} prefix; the ones the
     * application leaves unset are absent, so Storium's config file and defaults apply to them.
     */
    Map<String, String> configKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        putText(keys, "out", out);
        putText(keys, "migrationsTable", migrationsTable);
        putText(keys, "dialect", dialect);
        putList(keys, "schema", schema);
        putList(keys, "stores", stores);
        putList(keys, "seeds", seeds);
        if (assertions != null) {
            assertions.forEach((name, type) -> putText(keys, "assertions." + name, type));
        }
        return keys;
    }

    private static void putText(Map<String, String> keys, String key, String value) {
        if (value != null && !value.isBlank()) {
            keys.put("storium." + key, value.trim());
        }
    }

    private static void putList(Map<String, String> keys, String key, List<String> values) {
        if (values != null && !values.isEmpty()) {
            keys.put("storium." + key, String.join(",", values));
        }
    }

    /** Migrating at start-up. */
    public static class Migrate {
        /** Whether pending migrations are applied when the application starts. */
        private boolean enabled = true;

        /** Whether migrations older than the newest applied one (merged from another branch) are applied too. */
        private boolean outOfOrder;

        /** How long start-up waits for the migration lock another instance holds before it fails. */
        private Duration lockWait = Duration.ofMinutes(10);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public boolean isOutOfOrder() {
            return outOfOrder;
        }

        public void setOutOfOrder(boolean outOfOrder) {
            this.outOfOrder = outOfOrder;
        }

        public Duration getLockWait() {
            return lockWait;
        }

        public void setLockWait(Duration lockWait) {
            this.lockWait = lockWait;
        }
    }

    /** Seeding at start-up. */
    public static class Seed {
        /** Whether the seeds run after the migrations when the application starts; seeds run on every start. */
        private boolean enabled;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
