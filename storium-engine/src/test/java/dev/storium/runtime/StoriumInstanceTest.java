package dev.storium.runtime;

import static dev.storium.store.StoreDefinition.defineStore;
import static dev.storium.store.StoreTables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.storium.Storium;
import dev.storium.StoriumInstance;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.store.Databases;
import dev.storium.store.Row;
import dev.storium.store.Store;
import dev.storium.store.StoreDefinition;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The runtime instance: connecting, the pool, refusals, typed stores by table name, disconnecting. */
class StoriumInstanceTest {
    private static final Databases DATABASES = new Databases("instance", Map.of());

    /** A typed store: custom queries over the CRUD context, one of them named like a default. */
    public static final class UserStore {
        private final Store ctx;

        public UserStore(Store ctx) {
            this.ctx = ctx;
        }

        public Optional<Row> findByEmail(String email) {
            return ctx.findOne(Map.of("email", email));
        }

        public Row create(Map<String, ?> input) {
            Map<String, Object> withHash = new HashMap<>(input);
            withHash.put("passwordHash", "hashed:" + withHash.remove("password"));
            return ctx.create(withHash);
        }

        public Store crud() {
            return ctx;
        }
    }

    static final StoreDefinition<UserStore> USER_STORE = defineStore(USERS).queries(UserStore::new);

    /** More queries of the users table, in a class of their own. */
    public static final class AdminQueries {
        private final Store ctx;

        public AdminQueries(Store ctx) {
            this.ctx = ctx;
        }

        public int countUsers() {
            return ctx.findAll().size();
        }
    }

    /** Queries whose name one of UserStore's already has. */
    public static final class ClashingQueries {
        private final Store ctx;

        public ClashingQueries(Store ctx) {
            this.ctx = ctx;
        }

        public Optional<Row> findByEmail(String email) {
            return ctx.findOne(Map.of("email", email.toLowerCase(java.util.Locale.ROOT)));
        }
    }

    @AfterEach
    void empty() {
        DATABASES.empty();
    }

    @AfterAll
    static void close() {
        DATABASES.close();
    }

    @Test
    void typedStoresAreRegisteredByTableName() {
        StoriumInstance db = DATABASES.instance(Dialect.MEMORY);
        UserStore users = db.register(USER_STORE);
        Row ada = users.create(Map.of("email", "ada@example.com", "password", "pw"));
        assertThat(users.findByEmail("ada@example.com")).contains(ada);
        assertThat(users.crud()
                        .findById(ada.get("id"), dev.storium.store.Options.DEFAULTS.includeHidden(true))
                        .orElseThrow()
                        .get("passwordHash"))
                .isEqualTo("hashed:pw");
        assertThat(users.crud().create(Map.of("email", "grace@example.com")).get("email"))
                .isEqualTo("grace@example.com");

        db.defineStore(USERS);
        assertThat(db.store("users", UserStore.class)).isSameAs(users);
        assertThat(db.store("users")).isSameAs(users.crud());
        assertThat(db.storeNames()).contains("users");
        assertThatThrownBy(() -> db.store("users", String.class))
                .hasMessage("The store of table users is a " + UserStore.class.getName() + ", not a java.lang.String."
                        + " Fix: register defineStore(...).queries(String::new), or ask for Store.class.");
        assertThatThrownBy(() -> db.store("nope"))
                .isInstanceOf(StoriumException.class)
                .hasMessageStartingWith("No store is registered for table nope; registered: ")
                .hasMessageEndingWith(". Fix: call register(definition) or defineStore(table) first.");
    }

    @Test
    void queriesGivenTwiceAreBothKept() {
        StoriumInstance db = DATABASES.instance(Dialect.MEMORY);
        StoreDefinition<AdminQueries> both =
                defineStore(USERS).queries(UserStore::new).queries(AdminQueries::new);
        AdminQueries admin = db.register(both);
        UserStore users = db.store("users", UserStore.class);
        Row ada = users.create(Map.of("email", "ada@example.com", "password", "pw"));
        assertThat(users.findByEmail("ada@example.com")).contains(ada);
        assertThat(admin.countUsers()).isEqualTo(1);
        assertThat(db.store("users", AdminQueries.class)).isSameAs(admin);
        assertThat(db.store("users", Store.class)).isSameAs(db.store("users"));
        assertThatThrownBy(() -> db.store("users", String.class))
                .hasMessage("The store of table users is a " + UserStore.class.getName() + " and a "
                        + AdminQueries.class.getName() + ", not a java.lang.String. Fix: register"
                        + " defineStore(...).queries(String::new), or ask for Store.class.");
    }

    @Test
    void aQueryNameGivenByTwoQueriesClassesIsRefused() {
        StoriumInstance db = DATABASES.instance(Dialect.MEMORY);
        assertThatThrownBy(() ->
                        db.register(defineStore(USERS).queries(UserStore::new).queries(ClashingQueries::new)))
                .isInstanceOf(StoriumException.class)
                .hasMessage("The store of table users has two queries named findByEmail: in "
                        + UserStore.class.getName() + " and in " + ClashingQueries.class.getName() + ". Each"
                        + " .queries(...) adds its class beside the earlier ones, and a query name must be unique in a"
                        + " store. Fix: rename one of them, or keep the queries in one class.")
                .extracting(e -> ((StoriumException) e).code())
                .isEqualTo(ErrorCode.SCHEMA_DEFINITION);
        assertThatThrownBy(() -> db.register(USER_STORE.queries(UserStore::new)))
                .hasMessage("The store of table users has the queries of " + UserStore.class.getName() + " twice:"
                        + " .queries(...) was given that class twice. Fix: call .queries(...) once per class.");
    }

    @Test
    void aPlainJooqTableIsRefused() {
        StoriumInstance db = DATABASES.instance(Dialect.MEMORY);
        assertThatThrownBy(() -> db.defineStore(DSL.table(DSL.name("users"))))
                .isInstanceOf(StoriumException.class)
                .hasMessageStartingWith("Table users is a plain jOOQ table (")
                .hasMessageEndingWith("), not a Storium table: a store needs the column metadata of a TableDef. Fix:"
                        + " define it with Schema.defineTable(\"users\").columns(...).")
                .extracting(e -> ((StoriumException) e).code())
                .isEqualTo(ErrorCode.SCHEMA_DEFINITION);
        assertThatThrownBy(() -> defineStore(DSL.table("users"))).hasMessageContaining("plain jOOQ table");
    }

    @Test
    void aTableWithoutPrimaryKeyIsRefused() {
        var logs = dev.storium.schema.Schema.defineTable("logs")
                .columns(dev.storium.schema.Schema.column("line", dev.storium.schema.ColumnType.TEXT));
        assertThatThrownBy(() -> defineStore(logs))
                .hasMessage("Table logs has no primary key, and a store finds, updates and deletes rows by key. Fix:"
                        + " mark a column .primaryKey(), name one `id`, or call .primaryKey(\"a\", \"b\") on the"
                        + " table.");
    }

    @Test
    void poolSizesComeFromTheConfigurationAndDisconnectIsIdempotent() {
        StoriumConfig config = DATABASES.config(Dialect.MEMORY, new StoriumConfig.Pool(2, 5));
        StoriumInstance db = Storium.connect(config);
        HikariDataSource pool = (HikariDataSource) db.dataSource();
        assertThat(pool.getMinimumIdle()).isEqualTo(2);
        assertThat(pool.getMaximumPoolSize()).isEqualTo(5);
        assertThat(db.dialect()).isEqualTo(Dialect.MEMORY);
        assertThat(db.dsl().selectOne().fetchOne(0, Integer.class)).isEqualTo(1);
        db.disconnect();
        assertThat(db.isClosed()).isTrue();
        db.disconnect();
        db.close();
        assertThat(pool.isClosed()).isTrue();
    }

    @Test
    void aConnectionFailureNamesTheDatabaseWithoutThePassword() {
        StoriumConfig config = new StoriumConfig(
                Dialect.POSTGRESQL,
                "jdbc:postgresql://127.0.0.1:1/app?password=hunter2",
                "app",
                "s3cret-pw",
                java.util.List.of(),
                java.util.List.of(),
                java.nio.file.Path.of("target/none"),
                java.util.List.of(),
                Map.of(),
                null,
                java.nio.file.Path.of("").toAbsolutePath(),
                "test");
        assertThatThrownBy(() -> Storium.connect(config))
                .isInstanceOf(StoriumException.class)
                .hasMessageStartingWith(
                        "Cannot connect to the database at jdbc:postgresql://127.0.0.1:1/app?password=****"
                                + " as user app: ")
                .hasMessageEndingWith(". Fix: check that the server is running and reachable, and the url, user and"
                        + " password (configuration from test).")
                .satisfies(e ->
                        assertThat(e.getMessage()).doesNotContain("s3cret-pw").doesNotContain("hunter2"))
                .extracting(e -> ((StoriumException) e).code())
                .isEqualTo(ErrorCode.DATABASE);
    }

    @Test
    void noDatabaseOrABrokenAssertionClassIsAConfigurationError() {
        StoriumConfig none = Databases.config(Dialect.POSTGRESQL, null, null, Map.of());
        assertThatThrownBy(() -> Storium.connect(none))
                .hasMessageStartingWith("connect needs a database, and none is configured (dialect postgresql,")
                .extracting(e -> ((StoriumException) e).code())
                .isEqualTo(ErrorCode.CONFIG);

        StoriumConfig missing =
                Databases.config(Dialect.MEMORY, "jdbc:h2:mem:unused", null, Map.of("is_slug", "com.example.Missing"));
        assertThatThrownBy(() -> Storium.connect(missing))
                .hasMessage("The assertion class of `assertions.is_slug = com.example.Missing` cannot be loaded:"
                        + " com.example.Missing. Fix: name a compiled class on the classpath by its fully qualified"
                        + " name.");

        StoriumConfig unfit =
                Databases.config(Dialect.MEMORY, "jdbc:h2:mem:unused", null, Map.of("is_slug", "java.lang.String"));
        assertThatThrownBy(() -> Storium.connect(unfit))
                .hasMessage("The assertion class of `assertions.is_slug = java.lang.String` does not implement"
                        + " dev.storium.store.Assertion. Fix: implement that interface (boolean test(Object value)).");
    }
}
