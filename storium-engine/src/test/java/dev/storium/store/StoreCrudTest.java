package dev.storium.store;

import static dev.storium.store.StoreTables.MEMBERSHIPS;
import static dev.storium.store.StoreTables.NOTES;
import static dev.storium.store.StoreTables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The default CRUD operations and their refusals, on every dialect. */
class StoreCrudTest {
    private static final Databases DATABASES = new Databases("store_crud", Map.of());

    @AfterEach
    void empty() {
        DATABASES.empty();
    }

    @AfterAll
    static void close() {
        DATABASES.close();
    }

    private static Store store(Dialect dialect, org.jooq.Table<?> table) {
        return DATABASES.instance(dialect).defineStore(table);
    }

    private static Store seeded(Dialect dialect) {
        Store users = store(dialect, USERS);
        users.create(Map.of("email", "ada@example.com", "name", "Ada", "age", 36, "passwordHash", "h1"));
        users.create(Map.of("email", "grace@example.com", "name", "Grace", "age", 45));
        users.create(Map.of("email", "alan@example.com", "name", "Alan", "age", 36));
        return users;
    }

    private static List<Object> names(List<Row> rows) {
        return rows.stream().map(r -> r.get("name")).toList();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void findAndsItsFiltersAndRefusesAnEmptyOne(Dialect dialect) {
        Store users = seeded(dialect);
        assertThat(names(users.find(Map.of("age", 36), Options.DEFAULTS.orderBy(Order.asc("name")))))
                .containsExactly("Ada", "Alan");
        assertThat(names(users.find(Map.of("age", 36, "name", "Alan")))).containsExactly("Alan");
        assertThat(users.find(Map.of("age", 99))).isEmpty();

        assertThatThrownBy(() -> users.find(Map.of()))
                .isInstanceOf(StoriumException.class)
                .hasMessage("find on users needs at least one filter, and got none. Fix: use findAll() to read"
                        + " every row.")
                .extracting(e -> ((StoriumException) e).code())
                .isEqualTo(ErrorCode.STORE);
        assertThatThrownBy(() -> users.find(Map.of("mail", "x")))
                .hasMessageStartingWith("find on users names the column `mail`, which the table does not have; its"
                        + " keys are id, email, name, passwordHash,");
        assertThatThrownBy(() -> users.find(Map.of("age", "old")))
                .hasMessage("find on users: the filter value of `age` must be a whole number within 32 bits, and got"
                        + " \"old\". Fix: pass a value of the column's type.");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void findAllOrdersLimitsAndOffsets(Dialect dialect) {
        Store users = seeded(dialect);
        assertThat(users.findAll()).hasSize(3);
        Options byAge = Options.DEFAULTS.orderBy(Order.desc("age"), Order.asc("name"));
        assertThat(names(users.findAll(byAge))).containsExactly("Grace", "Ada", "Alan");
        assertThat(names(users.findAll(byAge.limit(2)))).containsExactly("Grace", "Ada");
        assertThat(names(users.findAll(byAge.limit(2).offset(1)))).containsExactly("Ada", "Alan");
        assertThat(names(users.findAll(byAge.offset(2)))).containsExactly("Alan");
        assertThatThrownBy(() -> users.findAll(Options.DEFAULTS.orderBy(Order.asc("nope"))))
                .hasMessageStartingWith("findAll on users names the column `nope`");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void findOneFindByIdAndFindByIdIn(Dialect dialect) {
        Store users = seeded(dialect);
        Row ada = users.findOne(Map.of("email", "ada@example.com")).orElseThrow();
        assertThat(users.findOne(Map.of("email", "nobody@example.com"))).isEmpty();
        assertThat(users.findById(ada.get("id")).orElseThrow().get("name")).isEqualTo("Ada");
        assertThat(users.findById(ada.get("id").toString())).isPresent();
        assertThat(users.findById(UUID.randomUUID())).isEmpty();
        assertThatThrownBy(() -> users.findById("not-a-uuid"))
                .hasMessageStartingWith("findById on users: the key value of `id` must be a UUID");

        Row grace = users.findOne(Map.of("name", "Grace")).orElseThrow();
        assertThat(names(users.findByIdIn(
                        List.of(ada.get("id"), grace.get("id")), Options.DEFAULTS.orderBy(Order.asc("name")))))
                .containsExactly("Ada", "Grace");
        assertThat(users.findByIdIn(List.of())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void compositeKeysTakeEveryPart(Dialect dialect) {
        UUID ada = (UUID) seeded(dialect).ref(Map.of("email", "ada@example.com"));
        Store memberships = store(dialect, MEMBERSHIPS);
        memberships.create(Map.of("userId", ada, "groupId", 1, "role", "owner"));
        memberships.create(Map.of("userId", ada, "groupId", 2, "role", "reader"));

        assertThat(memberships.findById(List.of(ada, 2)).orElseThrow().get("role"))
                .isEqualTo("reader");
        assertThat(memberships
                        .findById(Map.of("groupId", 1, "userId", ada))
                        .orElseThrow()
                        .get("role"))
                .isEqualTo("owner");
        assertThat(memberships.ref(Map.of("role", "owner"))).isEqualTo(List.of(ada, 1));
        assertThatThrownBy(() -> memberships.findById(ada))
                .hasMessage("findById on memberships needs all 2 parts of its primary key (userId, groupId), as a"
                        + " List in key order or a Map by key, and got " + ada + ". Fix: pass the key of the row.");
        assertThatThrownBy(() -> memberships.findByIdIn(List.of(ada)))
                .hasMessage("findByIdIn on memberships cannot take ids: its primary key has 2 parts (userId,"
                        + " groupId). Fix: use findById for each key, or find with filters.");
        assertThat(memberships.update(List.of(ada, 2), Map.of("role", "writer")).get("role"))
                .isEqualTo("writer");
        // the parts of a table-level .primaryKey(a, b) are writable, as in the original: a member changes group
        Row moved = memberships.update(List.of(ada, 2), Map.of("groupId", 3));
        assertThat(moved.get("groupId")).isEqualTo(3);
        assertThat(moved.get("role")).isEqualTo("writer");
        assertThat(memberships.findById(List.of(ada, 2))).isEmpty();
        memberships.update(List.of(ada, 3), Map.of("groupId", 2));
        assertThat(memberships.destroy(List.of(ada, 1))).isTrue();
        assertThat(memberships.findAll()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void createReturnsTheStoredRowWithGeneratedKeys(Dialect dialect) {
        Row ada = store(dialect, USERS).create(Map.of("email", "ada@example.com"));
        assertThat(ada.get("id")).isInstanceOf(UUID.class);
        assertThat(ada.get("active")).isEqualTo(true);
        assertThat(ada.get("createdAt")).isInstanceOf(OffsetDateTime.class);

        Store notes = store(dialect, NOTES);
        Row first = notes.create(Map.of("title", "first", "authorId", ada.get("id")));
        Row second = notes.create(Map.of("title", "second", "id", 99));
        assertThat(first.get("id")).isInstanceOf(Integer.class);
        assertThat((Integer) second.get("id")).isEqualTo((Integer) first.get("id") + 1);
        assertThat(second.get("title")).isEqualTo("second");
        assertThat(first.get("authorId")).isEqualTo(ada.get("id"));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void updateWritesWritableColumnsAndUpdatedAt(Dialect dialect) throws InterruptedException {
        Store users = store(dialect, USERS);
        Row ada = users.create(Map.of("email", "ada@example.com", "name", "Ada"));
        Thread.sleep(20);
        UUID otherId = UUID.randomUUID();
        Row updated = users.update(
                ada.get("id"),
                Map.of("name", "Ada L.", "id", otherId, "createdAt", OffsetDateTime.parse("2000-01-01T00:00:00Z")));
        assertThat(updated.get("name")).isEqualTo("Ada L.");
        assertThat(updated.get("id")).isEqualTo(ada.get("id"));
        assertThat(updated.get("createdAt")).isEqualTo(ada.get("createdAt"));
        assertThat((OffsetDateTime) updated.get("updatedAt")).isAfter((OffsetDateTime) ada.get("updatedAt"));
        assertThat(users.findById(ada.get("id")).orElseThrow()).isEqualTo(updated);

        UUID missing = UUID.randomUUID();
        assertThatThrownBy(() -> users.update(missing, Map.of("name", "x")))
                .isInstanceOf(StoriumException.class)
                .hasMessage("update on users found no row with key id = " + missing + ". Fix: pass the key of an"
                        + " existing row (findById tells whether it exists).");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void destroyAndDestroyAll(Dialect dialect) {
        Store users = seeded(dialect);
        Object ada = users.ref(Map.of("email", "ada@example.com"));
        assertThat(users.destroy(ada)).isTrue();
        assertThat(users.destroy(ada)).isFalse();
        assertThat(users.destroyAll(Map.of("age", 36))).isEqualTo(1);
        assertThat(users.destroyAll(Map.of("age", 36))).isZero();
        assertThatThrownBy(() -> users.destroyAll(Map.of()))
                .hasMessage("destroyAll on users needs at least one filter, and got none. Fix: pass the filter of the"
                        + " rows to delete; to empty the table on purpose, use dsl().deleteFrom(table()).execute().");
        assertThat(names(users.findAll())).containsExactly("Grace");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void refNamesExactlyOneRow(Dialect dialect) {
        Store users = seeded(dialect);
        Object ada = users.ref(Map.of("email", "ada@example.com"));
        assertThat(ada)
                .isInstanceOf(UUID.class)
                .isEqualTo(users.findOne(Map.of("name", "Ada")).orElseThrow().get("id"));
        assertThatThrownBy(() -> users.ref(Map.of("email", "nobody@example.com")))
                .hasMessage("ref on users found no row where email = \"nobody@example.com\", and a reference needs"
                        + " exactly one. Fix: create that row first (seeds run in name order) or correct the"
                        + " filter.");
        assertThatThrownBy(() -> users.ref(Map.of("age", 36)))
                .hasMessage("ref on users found more than one row where age = 36, and a reference needs exactly one."
                        + " Fix: filter on a unique column, such as the primary key.");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void hiddenColumnsOnlyWhenAsked(Dialect dialect) {
        Store users = seeded(dialect);
        Row ada = users.findOne(Map.of("email", "ada@example.com")).orElseThrow();
        assertThat(ada).doesNotContainKey("passwordHash");
        Row withHidden = users.findOne(Map.of("email", "ada@example.com"), Options.DEFAULTS.includeHidden(true))
                .orElseThrow();
        assertThat(withHidden.get("passwordHash")).isEqualTo("h1");
        assertThat(users.find(Map.of("passwordHash", "h1"))).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void rowsMapIntoRecords(Dialect dialect) {
        Store users = seeded(dialect);
        List<StoreTables.User> all = users.findAll(StoreTables.User.class);
        assertThat(all).extracting(StoreTables.User::name).containsExactlyInAnyOrder("Ada", "Grace", "Alan");
        StoreTables.User ada =
                users.findOne(Map.of("name", "Ada")).orElseThrow().into(StoreTables.User.class);
        assertThat(ada.email()).isEqualTo("ada@example.com");
        assertThat(ada.age()).isEqualTo(36);
        assertThat(ada.id()).isNotNull();
        assertThat(ada.createdAt()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void databaseFailuresNameTheTable(Dialect dialect) {
        Store users = seeded(dialect);
        assertThatThrownBy(() -> users.create(Map.of("email", "ada@example.com")))
                .isInstanceOf(StoriumException.class)
                .hasMessageStartingWith("create on users failed in the database: ")
                .extracting(e -> ((StoriumException) e).code())
                .isEqualTo(ErrorCode.DATABASE);
    }
}
