package dev.storium.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.testing.TestDatabases;
import java.sql.DriverManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine brings no JDBC driver: a missing one is a message naming the dependency to add, a present one is found
 * (loaded by Storium when DriverManager missed it), and MySQL Connector/J's cleanup thread, when Storium's pool
 * started it, stops when the pool closes. Each case runs the engine in a class loader of its own
 * ({@link IsolatedEngine}) that sees only the drivers given to it.
 */
class DriversTest {
    private static TestDatabases databases;

    @BeforeAll
    static void createDatabases() {
        // DriverManager looks its drivers up once per JVM, through the class loader of the thread that uses it first:
        // let that be this test's, which sees the drivers TestDatabases needs, and not an isolated engine's.
        DriverManager.drivers().count();
        databases = TestDatabases.forPurpose("DriversTest");
    }

    @AfterAll
    static void dropDatabases() {
        databases.close();
    }

    @ParameterizedTest
    @CsvSource({
        "postgresql, jdbc:postgresql://db.example:5432/app?user=app&password=s3cret, org.postgresql:postgresql,"
                + " <groupId>org.postgresql</groupId><artifactId>postgresql</artifactId>",
        "mysql, jdbc:mysql://app:s3cret@db.example:3306/app, com.mysql:mysql-connector-j,"
                + " <groupId>com.mysql</groupId><artifactId>mysql-connector-j</artifactId>",
        "sqlite, jdbc:sqlite:target/app.db, org.xerial:sqlite-jdbc,"
                + " <groupId>org.xerial</groupId><artifactId>sqlite-jdbc</artifactId>",
        "memory, jdbc:h2:mem:app;PASSWORD=s3cret, com.h2database:h2,"
                + " <groupId>com.h2database</groupId><artifactId>h2</artifactId>"
    })
    void aMissingDriverNamesTheDependencyToAdd(String dialect, String url, String coordinates, String xml)
            throws Exception {
        try (IsolatedEngine engine = new IsolatedEngine()) {
            for (String action : new String[] {"connect", "pool"}) {
                String message = engine.probe(action, dialect, url);

                assertThat(message)
                        .as(action)
                        .startsWith("No JDBC driver on the classpath accepts jdbc:")
                        .contains("(dialect " + dialect + ", configuration from the test)")
                        .contains("storium-engine brings no driver, the application adds the one of its database.")
                        .contains("Fix: add the dependency " + coordinates + " to the pom.xml (<dependency>" + xml)
                        .doesNotContain("s3cret");
            }
        }
    }

    @Test
    void anUnknownDatabaseNamesTheUrlsStoriumSpeaks() throws Exception {
        try (IsolatedEngine engine = new IsolatedEngine()) {
            assertThat(engine.probe("connect", "postgresql", "jdbc:oracle:thin:@db.example:1521/app"))
                    .isEqualTo("No JDBC driver on the classpath accepts jdbc:oracle:thin:@db.example:1521/app (dialect"
                            + " postgresql, configuration from the test): storium-engine brings no driver, the"
                            + " application adds the one of its database. Fix: add the JDBC driver of this database"
                            + " to the pom.xml, or use a URL of a supported database: jdbc:postgresql:, jdbc:mysql:,"
                            + " jdbc:sqlite:, jdbc:h2:.");
        }
    }

    @Test
    void aDriverOnTheClassPathIsFoundAndLoadedByStoriumWhenDriverManagerMissedIt() throws Exception {
        // DriverManager registered the test class path's drivers, which the isolated engine cannot use: Storium loads
        // the one its own class loader sees.
        try (IsolatedEngine engine = new IsolatedEngine("org.postgresql.Driver")) {
            String url = databases.url(Dialect.POSTGRESQL);

            assertThat(engine.probe("connect", "postgresql", url)).isEqualTo("connected to PostgreSQL");
            assertThat(engine.probe("connect", "mysql", TestDatabases.MARIADB_SERVER + "test"))
                    .contains("Fix: add the dependency com.mysql:mysql-connector-j");
        }
    }

    @Test
    void theMysqlCleanupThreadStoriumStartedStopsWhenThePoolCloses() throws Exception {
        try (IsolatedEngine engine = new IsolatedEngine("com.mysql.cj.jdbc.Driver", "com.google.protobuf.Message")) {
            assertThat(engine.probe("pool", "mysql", databases.url(Dialect.MYSQL)))
                    .isEqualTo("cleanup thread during: true, after close: false");
        }
    }

    @Test
    void theMysqlCleanupThreadOfADriverTheApplicationLoadedKeepsRunning() throws Exception {
        try (IsolatedEngine engine = new IsolatedEngine("com.mysql.cj.jdbc.Driver", "com.google.protobuf.Message")) {
            assertThat(engine.probe("pool-after-application", "mysql", databases.url(Dialect.MYSQL)))
                    .isEqualTo("cleanup thread during: true, after close: true");
        }
    }
}
