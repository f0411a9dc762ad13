package dev.storium.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.storium.Storium;
import dev.storium.StoriumInstance;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.options.CheckOptions;
import dev.storium.options.GenerateOptions;
import dev.storium.options.MigrateOptions;
import dev.storium.options.SchemaSource;
import dev.storium.options.StatusOptions;
import dev.storium.result.CheckResult;
import dev.storium.result.GenerateResult;
import dev.storium.result.MigrateResult;
import dev.storium.result.SeedResult;
import dev.storium.result.StatusResult;
import dev.storium.seed.fixtures.Ran;
import dev.storium.seed.fixtures.schema.BlogSchema;
import dev.storium.store.Row;
import dev.storium.store.Store;
import dev.storium.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The runtime on a HikariCP pool the test owns, on every dialect: migrate, status, check, stores and seeds take their
 * connections from it and hand every one back; closing the instance leaves the pool open; the lock still serialises
 * two migrates on one pool.
 */
class DataSourceTest {
    private static final SchemaSource SOURCE = new SchemaSource(
            DataSourceTest.class.getClassLoader(),
            List.of(Path.of("target/test-classes").toAbsolutePath()));

    private static TestDatabases databases;

    @TempDir
    Path temp;

    @BeforeAll
    static void databases() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        databases = TestDatabases.forPurpose("datasource");
    }

    @AfterAll
    static void drop() {
        databases.close();
    }

    /** A pool the test owns, on a fresh database of the dialect; PostgreSQL's URL carries a password (trust ignores it). */
    private static HikariDataSource pool(Dialect dialect) {
        return pool(dialect, true);
    }

    private static HikariDataSource pool(Dialect dialect, boolean autoCommit) {
        databases.reset(dialect);
        HikariConfig hikari = new HikariConfig();
        String url = databases.url(dialect);
        hikari.setJdbcUrl(dialect == Dialect.POSTGRESQL ? url + "&password=hunter2" : url);
        hikari.setMaximumPoolSize(4);
        hikari.setPoolName("application-" + dialect.key());
        hikari.setAutoCommit(autoCommit);
        return new HikariDataSource(hikari);
    }

    /** A configuration without a URL: the DataSource is the database. */
    private StoriumConfig config(Dialect dialect, String seeds) {
        Path here = Path.of("").toAbsolutePath();
        return new StoriumConfig(
                dialect,
                null,
                null,
                null,
                List.of("dev.storium.seed.fixtures.schema.*"),
                List.of("dev.storium.seed.fixtures.stores.*"),
                temp.resolve("migrations"),
                List.of(seeds),
                Map.of(),
                null,
                here,
                null);
    }

    private static void generate(StoriumConfig config, List<dev.storium.schema.TableDef> tables, String name) {
        GenerateResult generated = Storium.generate(config, tables, new GenerateOptions(name, false, false));
        assertThat(generated.success()).as(generated.message()).isTrue();
    }

    private static int active(HikariDataSource pool) {
        return pool.getHikariPoolMXBean().getActiveConnections();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void migrateStatusCheckStoresAndSeedsRunOnThePoolAndLeaveItOpen(Dialect dialect) throws Exception {
        StoriumConfig config = config(dialect, "dev.storium.seed.fixtures.ordered.Auth*");
        generate(config, BlogSchema.ALL, "blog");
        try (HikariDataSource pool = pool(dialect)) {
            MigrateResult migrated = Storium.migrate(pool, config, MigrateOptions.DEFAULTS);
            assertThat(migrated.success()).as(migrated.message()).isTrue();
            assertThat(migrated.applied()).hasSize(1);
            assertThat(active(pool)).isZero();

            StatusResult status = Storium.status(pool, config, SOURCE, StatusOptions.DEFAULTS);
            assertThat(status.success()).as(status.message()).isTrue();
            assertThat(status.history()).hasSize(1);
            assertDatabase(dialect, status.database());
            assertThat(status.toString() + status.message()).doesNotContain("hunter2");
            assertThat(active(pool)).isZero();

            CheckResult check = Storium.check(pool, config, SOURCE, CheckOptions.DEFAULTS);
            assertThat(check.success()).as(check.message()).isTrue();
            assertThat(active(pool)).isZero();

            Ran.clear();
            StoriumInstance instance = Storium.connect(pool, config);
            assertThat(instance.dataSource()).isSameAs(pool);
            Store authors = instance.defineStore(BlogSchema.AUTHORS);
            Row ada = authors.create(Map.of("email", "ada@example.com", "name", "Ada"));
            assertThat(authors.findById(ada.get("id"))).contains(ada);
            assertThat(authors.update(ada.get("id"), Map.of("name", "Ada L.")).get("name"))
                    .isEqualTo("Ada L.");
            Row inTransaction = instance.transaction(tx -> authors.create(Map.of("email", "tx@example.com")));
            assertThat(authors.findById(inTransaction.get("id"))).isPresent();
            assertThat(authors.destroy(ada.get("id"))).isTrue();
            SeedResult seeded = Storium.seed(instance, SOURCE);
            assertThat(seeded.success()).as(seeded.message()).isTrue();
            assertThat(seeded.count()).isEqualTo(1);
            assertThat(Ran.names()).containsExactly("001_authors");
            assertThat(active(pool)).isZero();

            instance.close();
            assertThat(instance.isClosed()).isTrue();
            assertThat(pool.isClosed()).isFalse();
            assertThatThrownBy(instance::dsl)
                    .isInstanceOf(StoriumException.class)
                    .hasMessageStartingWith("This Storium instance (");
            assertThat(rows(pool, dialect == Dialect.MEMORY ? "\"authors\"" : "authors"))
                    .isEqualTo(3);
            assertThat(active(pool)).isZero();
        }
    }

    /** Messages name the database by the URL the DataSource's metadata reports, its password masked. */
    private static void assertDatabase(Dialect dialect, String shown) {
        String url = databases.url(dialect);
        if (dialect == Dialect.POSTGRESQL) {
            assertThat(shown).isEqualTo(url + "&password=****");
        } else if (dialect == Dialect.MYSQL) {
            String name = url.substring(TestDatabases.MARIADB_SERVER.length(), url.indexOf('?'));
            assertThat(shown).startsWith("jdbc:mysql://").contains(name);
        } else {
            assertThat(shown).isEqualTo(url.split(";")[0]); // H2 reports the URL without its settings
        }
    }

    /** The rows of a table, named as SQL spells it (Storium quotes its tables, not its history table). */
    private static int rows(HikariDataSource pool, String table) throws Exception {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void twoMigratesOnOnePoolApplyEachFileOnce(Dialect dialect) throws Exception {
        StoriumConfig config = config(dialect, "none");
        generate(config, List.of(BlogSchema.AUTHORS), "authors");
        generate(config, BlogSchema.ALL, "posts");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (HikariDataSource pool = pool(dialect)) {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<MigrateResult>> runs = List.of(
                    threads.submit(() -> {
                        start.await();
                        return Storium.migrate(pool, config, MigrateOptions.DEFAULTS);
                    }),
                    threads.submit(() -> {
                        start.await();
                        return Storium.migrate(pool, config, MigrateOptions.DEFAULTS);
                    }));
            int applied = 0;
            for (Future<MigrateResult> run : runs) {
                MigrateResult result = run.get();
                assertThat(result.success()).as(result.message()).isTrue();
                applied += result.applied().size();
            }
            assertThat(applied).isEqualTo(2);
            assertThat(rows(pool, StoriumConfig.DEFAULT_MIGRATIONS_TABLE)).isEqualTo(2);
            assertThat(active(pool)).isZero();
            assertThat(pool.isClosed()).isFalse();
        } finally {
            threads.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void withoutAConfigurationTheDialectIsReadFromTheDataSource(Dialect dialect) {
        try (HikariDataSource pool = pool(dialect)) {
            try (StoriumInstance instance = Storium.connect(pool)) {
                assertThat(instance.dialect()).isEqualTo(dialect);
                assertThat(instance.config().dataSource()).isSameAs(pool);
                assertThat(instance.dsl().selectOne().fetchOne(0, Integer.class))
                        .isEqualTo(1);
            }
            assertThat(pool.isClosed()).isFalse();
            assertThat(active(pool)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void connectionsGoBackAsTheyCame(Dialect dialect) throws Exception {
        StoriumConfig config = config(dialect, "none");
        generate(config, BlogSchema.ALL, "blog");
        // a pool whose connections come in a transaction: migrate commits its own work
        try (HikariDataSource pool = pool(dialect, false)) {
            MigrateResult migrated = Storium.migrate(pool, config, MigrateOptions.DEFAULTS);
            assertThat(migrated.success()).as(migrated.message()).isTrue();
            assertThat(rows(pool, StoriumConfig.DEFAULT_MIGRATIONS_TABLE)).isEqualTo(1);
            if (dialect == Dialect.POSTGRESQL) {
                List<Connection> all = new java.util.ArrayList<>();
                try {
                    for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                        all.add(pool.getConnection());
                    }
                    for (Connection connection : all) {
                        try (Statement statement = connection.createStatement();
                                ResultSet value = statement.executeQuery("SHOW client_connection_check_interval")) {
                            value.next();
                            assertThat(value.getString(1)).isEqualTo("0");
                        }
                    }
                } finally {
                    for (Connection connection : all) {
                        connection.close();
                    }
                }
            }
            assertThat(active(pool)).isZero();
        }
    }

    @Test
    void aConfigurationForAnotherDatabaseIsRefused() {
        StoriumConfig config = config(Dialect.POSTGRESQL, "none");
        try (HikariDataSource pool = pool(Dialect.MEMORY)) {
            String url = databases.url(Dialect.MEMORY).split(";")[0];
            String expected = "The configuration is for postgresql (from defaults), but the application's DataSource is"
                    + " on H2 (" + url + ", dialect memory). The migrations of one dialect do not run on"
                    + " another. Fix: set dialect to memory (or leave it out: Storium then reads it from the"
                    + " DataSource), or hand Storium the DataSource of the database the configuration is for.";
            assertThatThrownBy(() -> Storium.connect(pool, config))
                    .isInstanceOf(StoriumException.class)
                    .hasMessage(expected)
                    .extracting(e -> ((StoriumException) e).code())
                    .isEqualTo(ErrorCode.CONFIG);
            MigrateResult migrated = Storium.migrate(pool, config, MigrateOptions.DEFAULTS);
            assertThat(migrated.success()).isFalse();
            assertThat(migrated.message()).isEqualTo(expected);
            assertThat(active(pool)).isZero();
        }
    }

    @Test
    void aClosedDataSourceIsADatabaseError() throws Exception {
        HikariDataSource pool = pool(Dialect.MEMORY);
        pool.close();
        StoriumConfig config = config(Dialect.MEMORY, "none");
        Files.createDirectories(config.out());
        assertThatThrownBy(() -> Storium.connect(pool, config))
                .isInstanceOf(StoriumException.class)
                .hasMessageStartingWith("Cannot get a connection from the application's DataSource"
                        + " (com.zaxxer.hikari.HikariDataSource): HikariDataSource HikariDataSource (application-memory)"
                        + " has been closed")
                .extracting(e -> ((StoriumException) e).code())
                .isEqualTo(ErrorCode.DATABASE);
    }
}
