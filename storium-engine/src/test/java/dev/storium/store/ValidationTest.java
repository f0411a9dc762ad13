package dev.storium.store;

import static dev.storium.store.StoreTables.CHECKED;
import static dev.storium.store.StoreTables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The validation pipeline: order, built-in and configured assertions, collected errors, force. */
class ValidationTest {
    private static final Databases DATABASES = new Databases(
            "store_validation", Map.of("is_slug", IsSlug.class.getName(), "is_url", HttpsOnly.class.getName()));

    private static final Databases WITHOUT_SETTINGS = new Databases("store_validation_plain", Map.of());

    @AfterEach
    void empty() {
        DATABASES.empty();
        WITHOUT_SETTINGS.empty();
    }

    @AfterAll
    static void close() {
        DATABASES.close();
        WITHOUT_SETTINGS.close();
    }

    private static Store store(Dialect dialect, org.jooq.Table<?> table) {
        return DATABASES.instance(dialect).defineStore(table);
    }

    private static List<FieldError> errors(Store store, Map<String, ?> input) {
        try {
            store.create(input);
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("create passed validation: " + input);
    }

    static Stream<Arguments> builtIns() {
        return Stream.of(
                Arguments.of("email", "ada@example.com", "ada@example", "`email` must be an email address"),
                Arguments.of("amount", " -12.5e3 ", "12a", "`amount` must be numeric"),
                Arguments.of("token", UUID.randomUUID().toString(), "1234", "`token` must be a UUID"),
                Arguments.of("flag", true, "\"true\"", "`flag` must be a boolean"),
                Arguments.of("count", 3, 3.5, "`count` must be an integer"),
                Arguments.of("note", "x", "   ", "`note` must not be empty"));
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void eachBuiltInAssertion(String field, Object good, Object bad, String message) {
        Store checked = store(Dialect.MEMORY, CHECKED);
        assertThat(checked.create(Map.of(field, good))).containsKey(field);
        assertThat(errors(checked, Map.of(field, bad))).containsExactly(new FieldError(field, message));
    }

    @Test
    void builtInUrlAcceptsHttpHttpsAndProtocolRelative() {
        Store checked = WITHOUT_SETTINGS.instance(Dialect.MEMORY).defineStore(CHECKED);
        for (String url : List.of("http://storium.dev", "https://storium.dev/a?b=c", "//cdn.storium.dev/x.js")) {
            assertThat(checked.create(Map.of("site", url)).get("site")).isEqualTo(url);
        }
        assertThat(errors(checked, Map.of("site", "storium.dev")))
                .containsExactly(new FieldError("site", "`site` must be a URL (http, https or //)"));
    }

    @Test
    void configuredAssertionsAddAndReplaceBuiltIns() {
        Store checked = store(Dialect.MEMORY, CHECKED);
        assertThat(checked.create(Map.of("slug", "storium-for-java")).get("slug"))
                .isEqualTo("storium-for-java");
        assertThat(errors(checked, Map.of("slug", "Storium for Java")))
                .containsExactly(new FieldError("slug", "`slug` failed the `is_slug` assertion"));

        assertThat(checked.create(Map.of("site", "https://storium.dev")).get("site"))
                .isEqualTo("https://storium.dev");
        assertThat(errors(checked, Map.of("site", "http://storium.dev")))
                .containsExactly(new FieldError("site", "`site` failed the `is_url` assertion"));
    }

    @Test
    void anUnknownAssertionIsAValidationError() {
        assertThat(errors(store(Dialect.MEMORY, CHECKED), Map.of("phone", "555-0100")))
                .containsExactly(new FieldError(
                        "phone",
                        "`phone` uses the unknown assertion `is_phone`; known assertions are is_boolean, is_email,"
                                + " is_integer, is_numeric, is_slug, is_url, is_uuid, not_empty. Fix: correct the name"
                                + " or add it to the `assertions` setting"));
    }

    @Test
    void validatorsUseTheirOwnMessages() {
        assertThat(errors(store(Dialect.MEMORY, CHECKED), Map.of("word", " ")))
                .containsExactly(
                        new FieldError("word", "word cannot be blank"),
                        new FieldError("word", "word needs two letters"));
    }

    @Test
    void typeChecksSayWhatTheColumnHolds() {
        Map<String, Object> input = new HashMap<>();
        input.put("email", 42);
        input.put("flagged", "yes");
        input.put("stamp", "yesterday");
        input.put("count", "{not json");
        input.put("tags", List.of(1, "two"));
        input.put("note", null);
        assertThat(errors(store(Dialect.MEMORY, CHECKED), input))
                .containsExactly(
                        new FieldError("email", "`email` must be a string"),
                        new FieldError(
                                "count",
                                "`count` must be JSON (a Map, a List or JSON text), and this text is not valid JSON"),
                        new FieldError("flagged", "`flagged` must be a boolean"),
                        new FieldError(
                                "stamp",
                                "`stamp` must be a timestamp (an OffsetDateTime, an Instant or ISO-8601 text such as"
                                        + " 2024-01-31T12:00:00Z)"),
                        new FieldError("tags", "`tags` item 2 must be a whole number within 32 bits"));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyFailureOfOneCallIsReportedTogether(Dialect dialect) {
        Store users = store(dialect, USERS);
        Map<String, Object> input = Map.of("name", "Ada Augusta King, Countess of Lovelace", "age", "36", "x", 1);
        assertThatThrownBy(() -> users.create(input))
                .isInstanceOf(ValidationException.class)
                .hasMessage("create on users failed validation with 3 errors: `name` must be at most 20 characters;"
                        + " `age` must be a whole number within 32 bits; `email` is required. Fix: correct the listed"
                        + " fields and call create again.")
                .satisfies(e -> assertThat(((ValidationException) e).code()).isEqualTo(ErrorCode.STORE))
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("name", "age", "email"));
        assertThat(users.findAll()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void transformsRunBeforeChecksAndUpdateNeedsNoRequiredColumns(Dialect dialect) {
        Store users = store(dialect, USERS);
        Row ada = users.create(Map.of("email", "  ADA@Example.COM "));
        assertThat(ada.get("email")).isEqualTo("ada@example.com");
        assertThat(users.update(ada.get("id"), Map.of("name", "Ada")).get("email"))
                .isEqualTo("ada@example.com");
        assertThatThrownBy(() -> users.update(ada.get("id"), Map.of("email", "ada at example")))
                .hasMessage("update on users failed validation with 1 error: `email` must be an email address. Fix:"
                        + " correct the listed fields and call update again.");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void forceSkipsValidationAndTransforms(Dialect dialect) {
        Store users = store(dialect, USERS);
        Options force = Options.DEFAULTS.force(true);
        Row row = users.create(Map.of("email", " Not An Email "), force);
        assertThat(row.get("email")).isEqualTo(" Not An Email ");
        assertThat(users.update(row.get("id"), Map.of("email", "still not"), force)
                        .get("email"))
                .isEqualTo("still not");
    }
}
