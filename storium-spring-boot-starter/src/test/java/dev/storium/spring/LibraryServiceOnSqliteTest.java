package dev.storium.spring;

import dev.storium.config.Dialect;
import dev.storium.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The example service on SQLite. */
class LibraryServiceOnSqliteTest extends LibraryServiceTest {
    private static final TestDatabases DATABASES = TestDatabases.forPurpose("LibraryServiceOnSqliteTest");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        register(registry, DATABASES, Dialect.SQLITE);
    }

    @AfterAll
    static void dropDatabase() {
        DATABASES.close();
    }
}
