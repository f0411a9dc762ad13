package dev.storium.store;

import static dev.storium.store.StoreTables.NOTES;
import static dev.storium.store.StoreTables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.StoriumInstance;
import dev.storium.config.Dialect;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Transactions: store calls inside join the transaction; a failure rolls every one of them back. */
class TransactionTest {
    private static final Databases DATABASES = new Databases("store_tx", Map.of());

    @AfterEach
    void empty() {
        DATABASES.empty();
    }

    @AfterAll
    static void close() {
        DATABASES.close();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aFailureRollsBackEveryStoreCallInside(Dialect dialect) {
        StoriumInstance db = DATABASES.instance(dialect);
        Store users = db.defineStore(USERS);
        Store notes = db.defineStore(NOTES);
        assertThatThrownBy(() -> db.transaction(tx -> {
                    Row ada = users.create(Map.of("email", "ada@example.com"));
                    notes.create(Map.of("title", "first", "authorId", ada.get("id")));
                    assertThat(users.findAll()).hasSize(1);
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("boom");
        assertThat(users.findAll()).isEmpty();
        assertThat(notes.findAll()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aValidationFailureRollsBackTooAndCommitsKeepRows(Dialect dialect) {
        StoriumInstance db = DATABASES.instance(dialect);
        Store users = db.defineStore(USERS);
        assertThatThrownBy(() -> db.transactionRun(tx -> {
                    users.create(Map.of("email", "ada@example.com"), Options.DEFAULTS.transaction(tx));
                    users.create(Map.of("email", "not an email"));
                }))
                .isInstanceOf(ValidationException.class);
        assertThat(users.findAll()).isEmpty();

        Object id = db.transaction(
                tx -> users.create(Map.of("email", "grace@example.com")).get("id"));
        assertThat(users.findById(id)).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anInnerTransactionIsASavepoint(Dialect dialect) {
        StoriumInstance db = DATABASES.instance(dialect);
        Store users = db.defineStore(USERS);
        db.transactionRun(tx -> {
            users.create(Map.of("email", "ada@example.com"));
            assertThatThrownBy(() -> db.transactionRun(inner -> {
                        users.create(Map.of("email", "grace@example.com"));
                        throw new IllegalStateException("inner");
                    }))
                    .hasMessage("inner");
        });
        assertThat(users.findAll()).extracting(r -> r.get("email")).containsExactly("ada@example.com");
    }
}
