package dev.storium.internal.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A missing history table is told from an unreadable one by what each database answers. */
class HistoryExistsTest {
    static TestDatabases databases;

    @BeforeAll
    static void create() {
        databases = TestDatabases.forPurpose("history_exists");
    }

    @AfterAll
    static void drop() {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aMissingTableReadsAsAbsentOnAnEmptyDatabaseAndBesideOtherTables(Dialect dialect) throws Exception {
        databases.reset(dialect);
        History history = new History("__storium_migrations");
        try (Connection connection = databases.connect(dialect)) {
            assertThat(history.exists(connection)).isFalse();
            assertThat(history.read(connection)).isEmpty();
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE __storium_migrationz (id INTEGER)");
            }
            assertThat(history.exists(connection)).isFalse();
            history.create(connection);
            assertThat(history.exists(connection)).isTrue();
        }
    }
}
