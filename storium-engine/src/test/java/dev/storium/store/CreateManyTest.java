package dev.storium.store;

import static dev.storium.store.StoreTables.NOTES;
import static dev.storium.store.StoreTables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code createMany}: validated, batched, all rows or none, on every dialect. */
class CreateManyTest {
    private static final Databases DATABASES = new Databases("store_many", Map.of());

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

    /** Users 0..n-1; every third one without an age, so that the rows set different columns. */
    private static List<Map<String, Object>> users(int n) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("email", "  User" + i + "@Example.com ");
            row.put("name", "user " + i);
            if (i % 3 != 0) {
                row.put("age", i);
            }
            row.put("prefs", Map.of("n", i));
            row.put("tags", List.of("t" + i, "all"));
            rows.add(row);
        }
        return rows;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void insertsEveryRowTransformedWithDefaultsAcrossBatches(Dialect dialect) {
        Store users = store(dialect, USERS);
        assertThat(users.createMany(users(2_345))).isEqualTo(2_345);

        List<Row> rows = users.findAll();
        assertThat(rows).hasSize(2_345);
        Set<Object> ids = new HashSet<>();
        rows.forEach(row -> ids.add(row.get("id")));
        assertThat(ids).hasSize(2_345).allMatch(id -> id instanceof UUID);

        Row row = users.findOne(Map.of("email", "user1201@example.com")).orElseThrow();
        assertThat(row.get("name")).isEqualTo("user 1201");
        assertThat(row.get("age")).isEqualTo(1201);
        assertThat(row.get("active")).isEqualTo(true);
        assertThat(row.get("prefs")).isEqualTo(Map.of("n", 1201));
        assertThat(row.get("tags")).isEqualTo(List.of("t1201", "all"));
        assertThat(users.findOne(Map.of("email", "user1200@example.com"))
                        .orElseThrow()
                        .get("age"))
                .isNull();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void serialKeysAreNumberedByTheDatabase(Dialect dialect) {
        Store notes = store(dialect, NOTES);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(Map.of("title", "note " + i));
        }
        assertThat(notes.createMany(rows)).isEqualTo(10);
        assertThat(notes.findAll().stream().map(r -> r.get("id")).distinct()).hasSize(10);
        assertThat(notes.createMany(List.of())).isZero();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anInvalidRowInsertsNothingAndIsNamedByIndex(Dialect dialect) {
        Store users = store(dialect, USERS);
        List<Map<String, Object>> rows = users(5);
        rows.get(1).put("email", "not an email");
        rows.get(3).remove("email");
        rows.get(3).put("name", "a name longer than twenty characters");

        assertThatThrownBy(() -> users.createMany(rows))
                .isInstanceOf(ValidationException.class)
                .hasMessage("createMany on users failed validation in 2 of 5 rows, so nothing was inserted, with 3"
                        + " errors: row 1: `email` must be an email address; row 3: `name` must be at most 20"
                        + " characters; row 3: `email` is required. Fix: correct the listed fields and call createMany"
                        + " again.");
        assertThat(users.findAll()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDatabaseFailureRollsBackEveryBatch(Dialect dialect) {
        Store users = store(dialect, USERS);
        List<Map<String, Object>> rows = users(1_500);
        rows.get(1_400).put("email", "user3@example.com");

        assertThatThrownBy(() -> users.createMany(rows))
                .isInstanceOf(StoriumException.class)
                .hasMessageStartingWith("createMany on users failed in the database: ")
                .extracting(e -> ((StoriumException) e).code())
                .isEqualTo(ErrorCode.DATABASE);
        assertThat(users.findAll()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void insideATransactionItJoinsIt(Dialect dialect) {
        Store users = store(dialect, USERS);
        assertThatThrownBy(() -> DATABASES.instance(dialect).transactionRun(tx -> {
                    users.createMany(users(3));
                    assertThat(users.findAll()).hasSize(3);
                    throw new IllegalStateException("roll back");
                }))
                .hasMessage("roll back");
        assertThat(users.findAll()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyColumnTypeIsStoredAsCreateStoresIt(Dialect dialect) {
        Store users = store(dialect, USERS);
        Map<String, Object> full = new HashMap<>();
        full.put("name", "Ada");
        full.put("passwordHash", "h1");
        full.put("age", 36);
        full.put("floor", (short) -3);
        full.put("bookedFor", java.time.LocalDateTime.parse("2026-11-26T10:15:30.123456"));
        full.put("opensAt", java.time.LocalTime.parse("06:45:10.654321"));
        full.put("code", "ab");
        full.put("avatar", new byte[] {1, 0, (byte) 0x80, 0x27});
        full.put("score", new java.math.BigDecimal("12.50"));
        full.put("active", false);
        full.put("prefs", Map.of("theme", "dark", "sizes", List.of(1, 2)));
        full.put("tags", List.of("a", "b"));
        full.put("birthday", java.time.LocalDate.of(1815, 12, 10));
        full.put("seenAt", java.time.OffsetDateTime.parse("2026-11-26T10:15:30.123456+02:00"));
        Map<String, Object> empty = new HashMap<>();
        for (String key : full.keySet()) {
            empty.put(key, null);
        }
        empty.put("active", true);

        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> values : List.of(full, empty)) {
            Map<String, Object> one = new HashMap<>(values);
            one.put("email", "one-" + rows.size() + "@example.com");
            users.create(one);
            Map<String, Object> many = new HashMap<>(values);
            many.put("email", "many-" + rows.size() + "@example.com");
            rows.add(many);
        }
        users.createMany(rows);

        Options hidden = Options.DEFAULTS.includeHidden(true);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> created = comparable(users.findOne(Map.of("email", "one-" + i + "@example.com"), hidden)
                    .orElseThrow());
            Map<String, Object> inserted =
                    comparable(users.findOne(Map.of("email", "many-" + i + "@example.com"), hidden)
                            .orElseThrow());
            assertThat(inserted).as("row " + i).isEqualTo(created);
        }
        assertThat(comparable(users.findOne(Map.of("email", "many-0@example.com"), hidden)
                        .orElseThrow()))
                .containsEntry("birthday", java.time.LocalDate.of(1815, 12, 10))
                .containsEntry("tags", List.of("a", "b"))
                .containsEntry("opensAt", java.time.LocalTime.parse("06:45:10.654321"))
                .containsEntry("code", "ab")
                .containsEntry("passwordHash", "h1");
    }

    /** The row without the columns that differ between two inserts (key, email, automatic timestamps). */
    private static Map<String, Object> comparable(Row row) {
        Map<String, Object> values = new HashMap<>(row);
        List.of("id", "email", "createdAt", "updatedAt").forEach(values::remove);
        // bytes compare by content
        values.replaceAll((key, value) ->
                value instanceof byte[] ? java.util.HexFormat.of().formatHex((byte[]) value) : value);
        return values;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anInvalidRowAfterBatchesWereSentRollsThemBack(Dialect dialect) {
        Store users = store(dialect, USERS);
        List<Map<String, Object>> rows = users(2_600);
        rows.get(2_300).put("email", "not an email");

        assertThatThrownBy(() -> users.createMany(rows))
                .isInstanceOf(ValidationException.class)
                .hasMessage("createMany on users failed validation in 1 of 2600 rows, so nothing was inserted, with 1"
                        + " error: row 2300: `email` must be an email address. Fix: correct the listed fields and call"
                        + " createMany again.");
        assertThat(users.findAll()).isEmpty();
    }
}
