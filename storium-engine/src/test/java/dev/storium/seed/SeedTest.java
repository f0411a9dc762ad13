package dev.storium.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.StoriumInstance;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.internal.push.Push;
import dev.storium.options.PushOptions;
import dev.storium.options.SchemaSource;
import dev.storium.result.PushResult;
import dev.storium.result.SeedResult;
import dev.storium.seed.fixtures.Ran;
import dev.storium.seed.fixtures.schema.BlogSchema;
import dev.storium.seed.fixtures.stores.AuthorStore;
import dev.storium.store.Row;
import dev.storium.store.Store;
import dev.storium.testing.TestDatabases;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Seeds on every dialect: order, filter, one transaction per seed, the count, no seeds, and store discovery. */
class SeedTest {
    private static final String SCHEMA = "dev.storium.seed.fixtures.schema.*";
    private static final String STORES = "dev.storium.seed.fixtures.stores.*";
    private static final SchemaSource SOURCE = new SchemaSource(
            SeedTest.class.getClassLoader(),
            List.of(Path.of("target/test-classes").toAbsolutePath()));

    private static TestDatabases databases;
    private static final Map<Dialect, String> PUSHED = new EnumMap<>(Dialect.class);

    @BeforeAll
    static void databases() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        databases = TestDatabases.forPurpose("seed");
    }

    @AfterAll
    static void drop() {
        databases.close();
    }

    @BeforeEach
    void clear() {
        Ran.clear();
    }

    /** A connected instance over the dialect's database, its tables created on first use and emptied. */
    private static StoriumInstance connect(Dialect dialect, String... seeds) {
        return connectWithStores(dialect, STORES, seeds);
    }

    private static StoriumInstance connectWithStores(Dialect dialect, String stores, String... seeds) {
        String url = PUSHED.computeIfAbsent(dialect, d -> databases.url(d));
        StoriumConfig config = config(dialect, url, stores, List.of(seeds));
        PushResult pushed = Push.run(config, BlogSchema.ALL, PushOptions.DEFAULTS);
        assertThat(pushed.success()).as(pushed.message()).isTrue();
        StoriumInstance instance = Storium.connect(config);
        instance.dsl().deleteFrom(DSL.table(DSL.name("posts"))).execute();
        instance.dsl().deleteFrom(DSL.table(DSL.name("authors"))).execute();
        return instance;
    }

    private static StoriumConfig config(Dialect dialect, String url, String stores, List<String> seeds) {
        Path here = Path.of("").toAbsolutePath();
        return new StoriumConfig(
                dialect,
                url,
                null,
                null,
                List.of(SCHEMA),
                List.of(stores),
                here.resolve("target/seed-migrations"),
                seeds,
                Map.of(),
                null,
                here,
                null);
    }

    private static List<String> emails(StoriumInstance instance) {
        return instance.dsl()
                .select(DSL.field(DSL.name("email"), String.class))
                .from(DSL.table(DSL.name("authors")))
                .orderBy(1)
                .fetch(0, String.class);
    }

    private static int posts(StoriumInstance instance) {
        return instance.dsl().fetchCount(DSL.table(DSL.name("posts")));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void seedsRunInNameOrderAndUseTheStoreQueriesAndRef(Dialect dialect) {
        try (StoriumInstance instance = connect(dialect, "dev.storium.seed.fixtures.ordered.*")) {
            SeedResult result = Storium.seed(instance, SOURCE);

            assertThat(result.success()).as(result.message()).isTrue();
            assertThat(result.count()).isEqualTo(3);
            assertThat(result.error()).isNull();
            assertThat(Ran.names()).containsExactly("001_authors", "002_posts", "Comments");
            assertThat(result.message())
                    .isEqualTo("Seed 001_authors applied: 2 rows written\nSeed 002_posts applied: 2 rows written\n"
                            + "Seed Comments ran and wrote nothing\n3 seeds ran; 4 rows written");
            assertThat(emails(instance)).containsExactly("alice@example.com", "bob@example.com");
            Store posts = instance.store("posts");
            Map<String, Object> authorOf = posts.findAll().stream()
                    .collect(Collectors.toMap(r -> (String) r.get("title"), r -> r.get("authorId")));
            Store authors = instance.store("authors");
            assertThat(authorOf)
                    .containsEntry("Hello from Alice", idOf(authors, "alice@example.com"))
                    .containsEntry("Bob writes", idOf(authors, "bob@example.com"));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aSeedThatFindsItsRowsThereSaysItWroteNothing(Dialect dialect) {
        try (StoriumInstance instance = connect(dialect, "dev.storium.seed.fixtures.lookfirst.*")) {
            SeedResult first = Storium.seed(instance, SOURCE);
            SeedResult second = Storium.seed(instance, SOURCE);

            assertThat(first.success()).as(first.message()).isTrue();
            assertThat(first.message()).isEqualTo("Seed 010_carol applied: 1 row written\n1 seed ran; 1 row written");
            assertThat(second.success()).as(second.message()).isTrue();
            assertThat(second.message()).isEqualTo("Seed 010_carol ran and wrote nothing\n1 seed ran; nothing written");
            assertThat(second.count()).isEqualTo(1);
            assertThat(Ran.names()).containsExactly("010_carol", "010_carol");
            assertThat(emails(instance)).containsExactly("carol@example.com");
        }
    }

    private static Object idOf(Store authors, String email) {
        Row row = authors.findOne(Map.of("email", email)).orElseThrow();
        return row.get("id");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theSeedsPatternsNarrowWhichSeedsRun(Dialect dialect) {
        try (StoriumInstance instance = connect(dialect, "dev.storium.seed.fixtures.ordered.Auth*")) {
            SeedResult result = Storium.seed(instance, SOURCE);

            assertThat(result.success()).as(result.message()).isTrue();
            assertThat(result.count()).isEqualTo(1);
            assertThat(Ran.names()).containsExactly("001_authors");
            assertThat(result.message())
                    .isEqualTo("Seed 001_authors applied: 2 rows written\n1 seed ran; 2 rows written");
            assertThat(emails(instance)).hasSize(2);
            assertThat(posts(instance)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aFailingSeedLeavesNoRowsAndStopsTheRun(Dialect dialect) {
        try (StoriumInstance instance = connect(dialect, "dev.storium.seed.fixtures.failing.*")) {
            SeedResult result = Storium.seed(instance, SOURCE);

            assertThat(result.success()).isFalse();
            assertThat(result.count()).isEqualTo(1);
            assertThat(Ran.names()).containsExactly("001_authors", "002_posts");
            assertThat(result.error().code()).isEqualTo(ErrorCode.STORE);
            assertThat(result.error()).hasCauseInstanceOf(java.io.IOException.class);
            assertThat(result.message())
                    .isEqualTo(result.error().getMessage())
                    .isEqualTo("Seed 002_posts failed after 1 seed ran: the feed file posts.csv is missing."
                            + " Its transaction was rolled back, so it left no rows; the seeds before it stay and"
                            + " the seeds after it did not run. Fix the seed and run again (seeds run every time:"
                            + " make earlier seeds skip rows that exist, or start from an empty database).");
            assertThat(emails(instance)).containsExactly("alice@example.com");
            assertThat(posts(instance)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aSeedRefusedByValidationNamesTheSeedAndTheField(Dialect dialect) {
        try (StoriumInstance instance = connect(dialect, "dev.storium.seed.fixtures.other.*")) {
            SeedResult result = Storium.seed(instance, SOURCE);

            assertThat(result.success()).isFalse();
            assertThat(result.count()).isZero();
            assertThat(result.error().code()).isEqualTo(ErrorCode.STORE);
            assertThat(result.message())
                    .startsWith("Seed Invalid failed after 0 seeds ran: ")
                    .contains("email");
            assertThat(result.message())
                    .contains("no seed ran before it")
                    .contains(". Fix: correct the listed fields")
                    .endsWith("did not run. Then run again (seeds run every time: make earlier seeds skip rows that"
                            + " exist, or start from an empty database).");
            assertThat(emails(instance)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"SQLITE", "POSTGRESQL"})
    void patternsThatMatchNoListedSeedAreASuccessWithCountZero(Dialect dialect) {
        try (StoriumInstance instance = connect(dialect, "com.example.nothing.*")) {
            SeedResult result = Storium.seed(instance, SOURCE);

            assertThat(result.success()).isTrue();
            assertThat(result.count()).isZero();
            assertThat(result.message())
                    .startsWith("No seeds found matching `seeds` com.example.nothing.* among the 8 listed in"
                            + " META-INF/services/dev.storium.seed.Seed (")
                    .endsWith("). 0 seeds ran");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"SQLITE", "POSTGRESQL"})
    void noListedSeedIsASuccessWithCountZeroNamingTheServiceFile(Dialect dialect) throws Exception {
        try (StoriumInstance instance = connect(dialect);
                URLClassLoader empty = new URLClassLoader(
                        new URL[0], Seed.class.getClassLoader().getParent())) {
            SeedResult result = Storium.seed(instance, new SchemaSource(empty, List.of()));

            assertThat(result.success()).isTrue();
            assertThat(result.count()).isZero();
            assertThat(result.error()).isNull();
            assertThat(result.message())
                    .isEqualTo("No seeds found: no class is listed in META-INF/services/dev.storium.seed.Seed on"
                            + " the class path. To add one, implement dev.storium.seed.Seed and list its fully"
                            + " qualified name in src/main/resources/META-INF/services/dev.storium.seed.Seed."
                            + " 0 seeds ran");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"SQLITE", "POSTGRESQL"})
    void storeDefinitionsWinOverPlainTablesAndEveryTableGetsAStore(Dialect dialect) {
        try (StoriumInstance instance = connect(dialect, "dev.storium.seed.fixtures.ordered.Comments")) {
            SeedResult result = Storium.seed(instance, SOURCE);

            assertThat(result.success()).as(result.message()).isTrue();
            assertThat(instance.storeNames()).containsExactlyInAnyOrder("authors", "posts");
            assertThat(instance.store("authors", AuthorStore.class)).isInstanceOf(AuthorStore.class);
            assertThat(instance.store("posts", Store.class).table()).isSameAs(BlogSchema.POSTS);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"SQLITE"})
    void aFilePathAsSeedsPatternIsRefused(Dialect dialect) {
        try (StoriumInstance instance = connect(dialect, "./seeds")) {
            SeedResult result = Storium.seed(instance, SOURCE);

            assertThat(result.success()).isFalse();
            assertThat(result.error().code()).isEqualTo(ErrorCode.CONFIG);
            assertThat(result.message())
                    .startsWith("The seeds pattern './seeds' is not a class-name pattern")
                    .contains("com.example.seeds.*");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"SQLITE"})
    void twoStoreDefinitionsOfOneTableAreRefusedNamingBoth(Dialect dialect) {
        try (StoriumInstance instance = connectWithStores(
                dialect, "dev.storium.seed.fixtures.twostores.*", "dev.storium.seed.fixtures.ordered.*")) {
            SeedResult result = Storium.seed(instance, SOURCE);

            assertThat(result.success()).isFalse();
            assertThat(result.count()).isZero();
            assertThat(Ran.names()).isEmpty();
            assertThat(result.error().code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION);
            assertThat(result.message())
                    .isEqualTo("The store of table authors is defined twice: by"
                            + " dev.storium.seed.fixtures.twostores.First.AUTHORS and by"
                            + " dev.storium.seed.fixtures.twostores.Second.AUTHORS. Fix: keep one store definition"
                            + " per table, or narrow the `stores` patterns to the classes you mean.");
        }
    }
}
