package dev.storium.store;

import static dev.storium.store.StoreTables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.config.Dialect;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every column type written and read back in normal form on every dialect. */
class StoreValuesTest {
    private static final Databases DATABASES = new Databases("store_values", Map.of());

    @AfterEach
    void empty() {
        DATABASES.empty();
    }

    @AfterAll
    static void close() {
        DATABASES.close();
    }

    private static Store users(Dialect dialect) {
        return DATABASES.instance(dialect).defineStore(USERS);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyTypeComesBackInNormalForm(Dialect dialect) {
        UUID id = UUID.randomUUID();
        OffsetDateTime seen = OffsetDateTime.of(2024, 1, 31, 13, 30, 15, 123456000, ZoneOffset.ofHours(2));
        Map<String, Object> input = new HashMap<>();
        input.put("id", id.toString());
        input.put("email", "  Ada@Example.com ");
        input.put("name", "Ada");
        input.put("passwordHash", "secret");
        input.put("age", 36L);
        input.put("floor", 3);
        input.put("score", new BigDecimal("12.50"));
        input.put("active", false);
        input.put("prefs", Map.of("theme", "dark", "size", 3));
        input.put("tags", List.of("math", "engines"));
        input.put("birthday", LocalDate.of(1815, 12, 10));
        input.put("seenAt", seen);
        byte[] avatar = {0, 1, (byte) 0xff, 0x27, 0x5c, 0};
        input.put("avatar", avatar);
        input.put("bookedFor", "2024-02-29 09:15:30.1234567");
        input.put("opensAt", "06:45:10.6543219");
        input.put("code", "ab");

        Row row = users(dialect).create(input);

        assertThat(row.get("id")).isEqualTo(id);
        assertThat(row.get("email")).isEqualTo("ada@example.com");
        assertThat(row.get("name")).isEqualTo("Ada");
        assertThat(row).doesNotContainKey("passwordHash");
        assertThat(row.get("age")).isEqualTo(36);
        assertThat(row.get("floor")).isEqualTo((short) 3);
        assertThat(row.get("score")).as("with the column's scale").isEqualTo(new BigDecimal("12.50"));
        assertThat(row.get("active")).isEqualTo(false);
        assertThat(row.get("prefs")).isEqualTo(Map.of("theme", "dark", "size", 3));
        assertThat(row.get("tags")).isEqualTo(List.of("math", "engines"));
        assertThat(row.get("birthday")).isEqualTo(LocalDate.of(1815, 12, 10));
        assertThat(row.get("seenAt")).isEqualTo(seen.withOffsetSameInstant(ZoneOffset.UTC));
        assertThat((byte[]) row.get("avatar")).containsExactly(avatar);
        assertThat(row.get("bookedFor")).isEqualTo(java.time.LocalDateTime.parse("2024-02-29T09:15:30.123456"));
        assertThat(row.get("opensAt")).isEqualTo(LocalTime.parse("06:45:10.654321"));
        assertThat(row.get("code")).as("without the padding").isEqualTo("ab");
        assertThat((OffsetDateTime) row.get("createdAt"))
                .isBetween(
                        OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5),
                        OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5));
        assertThat(row.keySet())
                .containsExactly(
                        "id",
                        "email",
                        "name",
                        "age",
                        "floor",
                        "score",
                        "active",
                        "prefs",
                        "tags",
                        "birthday",
                        "seenAt",
                        "avatar",
                        "bookedFor",
                        "opensAt",
                        "code",
                        "createdAt",
                        "updatedAt");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void acceptsJavaTypesAndJsonText(Dialect dialect) {
        Row row = users(dialect)
                .create(Map.of(
                        "email", "grace@example.com",
                        "prefs", "{\"a\": [1, 2]}",
                        "seenAt", Instant.parse("2024-05-01T10:00:00Z"),
                        "birthday", "1906-12-09",
                        "score", 3));
        assertThat(row.get("prefs")).isEqualTo(Map.of("a", List.of(1, 2)));
        assertThat(row.get("seenAt")).isEqualTo(OffsetDateTime.parse("2024-05-01T10:00:00Z"));
        assertThat(row.get("birthday")).isEqualTo(LocalDate.of(1906, 12, 9));
        assertThat((BigDecimal) row.get("score")).isEqualByComparingTo("3");
        assertThat(row.get("id")).isInstanceOf(UUID.class);
        assertThat(row.get("active")).isEqualTo(true);
        assertThat(row.get("tags")).isNull();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aTimeOfDayKeepsItsMicrosecondsThroughCreateCreateManyAndFilters(Dialect dialect) {
        LocalTime early = LocalTime.parse("06:45:10.654321");
        Store users = users(dialect);
        users.create(Map.of("email", "one@example.com", "opensAt", early));
        users.createMany(List.of(
                Map.of("email", "many@example.com", "opensAt", early),
                Map.of("email", "whole@example.com", "opensAt", "08:30")));

        assertThat(users.findAll())
                .extracting(row -> row.get("email") + " " + row.get("opensAt"))
                .containsExactlyInAnyOrder(
                        "one@example.com 06:45:10.654321",
                        "many@example.com 06:45:10.654321",
                        "whole@example.com 08:30");
        assertThat(users.find(Map.of("opensAt", early)))
                .extracting(row -> row.get("email"))
                .containsExactlyInAnyOrder("one@example.com", "many@example.com");
        assertThat(users.find(Map.of("opensAt", "08:30:00")))
                .extracting(row -> row.get("email"))
                .containsExactly("whole@example.com");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aCharComesBackWithoutItsPaddingAndIsFoundWithOrWithoutIt(Dialect dialect) {
        Store users = users(dialect);
        users.create(Map.of("email", "one@example.com", "code", "ab"));
        users.createMany(List.of(
                Map.of("email", "many@example.com", "code", "ab "),
                Map.of("email", "full@example.com", "code", "xyz")));

        assertThat(users.findAll())
                .extracting(row -> row.get("email") + " [" + row.get("code") + "]")
                .containsExactlyInAnyOrder("one@example.com [ab]", "many@example.com [ab]", "full@example.com [xyz]");
        for (String code : new String[] {"ab", "ab "}) {
            assertThat(users.find(Map.of("code", code)))
                    .as("[%s]", code)
                    .extracting(row -> row.get("email"))
                    .containsExactlyInAnyOrder("one@example.com", "many@example.com");
        }
        assertThatThrownBy(() -> users.create(Map.of("email", "long@example.com", "code", "abcd")))
                .hasMessageContaining("`code` must be at most 3 characters");
    }
}
