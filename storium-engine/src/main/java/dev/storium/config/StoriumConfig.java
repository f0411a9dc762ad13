package dev.storium.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The resolved configuration shared by every goal and by the runtime: built by {@link ConfigLoader} from
 * {@code -Dstorium.*} properties, the plugin configuration, a config file and defaults, in that precedence.
 *
 * @param dialect the database dialect
 * @param url the JDBC URL, or null when no database is configured (generate and offline status need none)
 * @param user the database user, or null
 * @param password the database password, or null; never printed ({@link #toString()} masks it)
 * @param schema glob patterns over class names that hold table definitions; empty means every class of the project
 *     that declares a public static {@code TableDef}
 * @param stores glob patterns over class names that hold store definitions
 * @param out the migrations directory, absolute
 * @param seeds glob patterns over seed class names, empty for all seeds
 * @param assertions user assertions: name to the fully qualified name of a class implementing it
 * @param pool connection pool bounds
 * @param baseDir the project directory relative paths were resolved against
 * @param source where the configuration came from, for messages: the config file's path, or {@code "defaults"}; when
 *     the database's location was set by {@code -Dstorium.*} properties or the plugin configuration, that place
 * @param migrationsTable the name of the history table migrate keeps, {@value #DEFAULT_MIGRATIONS_TABLE} by default
 * @param dataSource the application's own pool, or null: when set, every connection comes from it and goes back to it
 *     when done, Storium never closes it, {@code url} and {@code user} are the ones its metadata reports (for
 *     messages) and the password is not used. Set by {@code Storium.connect(DataSource, StoriumConfig)} and the other
 *     {@code DataSource} methods of the facade, after checking the dialect against the database.
 */
public record StoriumConfig(
        Dialect dialect,
        String url,
        String user,
        String password,
        List<String> schema,
        List<String> stores,
        Path out,
        List<String> seeds,
        Map<String, String> assertions,
        Pool pool,
        Path baseDir,
        String source,
        String migrationsTable,
        DataSource dataSource) {

    /** The history table's name unless {@code migrationsTable} says otherwise. */
    public static final String DEFAULT_MIGRATIONS_TABLE = "__storium_migrations";

    private static final java.util.regex.Pattern PLAIN_IDENTIFIER =
            java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    public StoriumConfig {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(baseDir, "baseDir");
        schema = List.copyOf(schema);
        stores = List.copyOf(stores);
        seeds = List.copyOf(seeds);
        assertions = Map.copyOf(assertions);
        pool = pool == null ? Pool.DEFAULT : pool;
        source = source == null ? "defaults" : source;
        migrationsTable = migrationsTable == null ? DEFAULT_MIGRATIONS_TABLE : migrationsTable;
        if (!isPlainIdentifier(migrationsTable)) {
            throw new IllegalArgumentException("migrationsTable must be a plain table name, not " + migrationsTable);
        }
    }

    /** A configuration of a database reached by its URL ({@code dataSource} null). */
    public StoriumConfig(
            Dialect dialect,
            String url,
            String user,
            String password,
            List<String> schema,
            List<String> stores,
            Path out,
            List<String> seeds,
            Map<String, String> assertions,
            Pool pool,
            Path baseDir,
            String source,
            String migrationsTable) {
        this(
                dialect,
                url,
                user,
                password,
                schema,
                stores,
                out,
                seeds,
                assertions,
                pool,
                baseDir,
                source,
                migrationsTable,
                null);
    }

    /** A configuration with the default history table name. */
    public StoriumConfig(
            Dialect dialect,
            String url,
            String user,
            String password,
            List<String> schema,
            List<String> stores,
            Path out,
            List<String> seeds,
            Map<String, String> assertions,
            Pool pool,
            Path baseDir,
            String source) {
        this(dialect, url, user, password, schema, stores, out, seeds, assertions, pool, baseDir, source, null, null);
    }

    /** True when a database is configured: a URL, or the application's {@code dataSource}. */
    public boolean hasDatabase() {
        return url != null || dataSource != null;
    }

    /** True for a name of letters, digits and {@code _}, not starting with a digit, at most 63 characters. */
    public static boolean isPlainIdentifier(String name) {
        return name != null && PLAIN_IDENTIFIER.matcher(name).matches();
    }

    /** Connection pool bounds; {@code min} may be 0, {@code max} at least 1 and not below {@code min}. */
    public record Pool(int min, int max) {
        /** The defaults: 0 idle connections kept, at most 10. */
        public static final Pool DEFAULT = new Pool(0, 10);

        public Pool {
            Optional<Rule> broken = Rule.broken(min, max);
            if (broken.isPresent()) {
                throw new IllegalArgumentException(broken.get().describe(min, max));
            }
        }

        /** The rules a pool's bounds keep, checked here and, with where each value came from, by the loader. */
        public enum Rule {
            /** {@code pool.min} is 0 or more. */
            MIN_AT_LEAST_ZERO("pool.min cannot be less than 0", "Set it to 0 or more"),
            /** {@code pool.max} is 1 or more. */
            MAX_AT_LEAST_ONE("pool.max cannot be less than 1", "Set it to 1 or more"),
            /** {@code pool.max} is not below {@code pool.min}. */
            MAX_NOT_BELOW_MIN("pool.max cannot be less than pool.min", "Raise pool.max or lower pool.min");

            private final String rule;
            private final String fix;

            Rule(String rule, String fix) {
                this.rule = rule;
                this.fix = fix;
            }

            /** The first rule that {@code min} and {@code max} break, if any. */
            public static Optional<Rule> broken(int min, int max) {
                if (min < 0) {
                    return Optional.of(MIN_AT_LEAST_ZERO);
                }
                if (max < 1) {
                    return Optional.of(MAX_AT_LEAST_ONE);
                }
                return max < min ? Optional.of(MAX_NOT_BELOW_MIN) : Optional.empty();
            }

            /** The rule, such as "pool.min cannot be less than 0". */
            public String rule() {
                return rule;
            }

            /** What to change, such as "Set it to 0 or more". */
            public String fix() {
                return fix;
            }

            /** The rule with the values that broke it. */
            public String describe(int min, int max) {
                return this == MAX_NOT_BELOW_MIN
                        ? "pool.max (" + max + ") cannot be less than pool.min (" + min + ")"
                        : rule + ", found " + (this == MIN_AT_LEAST_ZERO ? min : max);
            }
        }
    }

    /** Every field, with the password (and any password inside the URL) masked. */
    @Override
    public String toString() {
        return "StoriumConfig[dialect=" + dialect.key()
                + ", url=" + (url == null ? null : Redaction.url(url))
                + ", user=" + user
                + ", password=" + (password == null ? null : "****")
                + ", schema=" + schema
                + ", stores=" + stores
                + ", out=" + out
                + ", seeds=" + seeds
                + ", assertions=" + assertions
                + ", pool=" + pool
                + ", baseDir=" + baseDir
                + ", source=" + source
                + ", migrationsTable=" + migrationsTable
                + (dataSource == null
                        ? ""
                        : ", dataSource=" + dataSource.getClass().getName()) + "]";
    }
}
