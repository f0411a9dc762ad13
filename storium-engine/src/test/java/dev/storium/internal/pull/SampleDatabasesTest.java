package dev.storium.internal.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.result.PullResult;
import dev.storium.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Public sample databases of different shapes, loaded from their published DDL (src/test/resources/pull/samples, each
 * file naming its source and licence), pulled on every dialect each is published for: the whole {@link PullJourney}.
 * Each run appends a line (tables, warnings) to target/pull-samples.txt.
 */
class SampleDatabasesTest {
    private TestDatabases databases;

    @TempDir
    Path project;

    @BeforeEach
    void open() {
        databases = TestDatabases.forPurpose("pull_sample");
    }

    @AfterEach
    void close() {
        databases.close();
    }

    /** By sample and dialect: the start of warnings pull must give, for what the model cannot hold. */
    private static final Map<String, List<String>> EXPECTED_WARNINGS = Map.of(
            "northwind on mysql",
            List.of(
                    "table orders_status, column id: the database's tinyint is written as integer, the type of the"
                            + " other side of its foreign key",
                    "table orders, column status_id: the database's tinyint is written as integer (which Storium"
                            + " creates as int), which keeps its default"),
            "northwind on sqlite",
            List.of(
                    "table Order Details: is not read: its name is not one the DSL can declare",
                    "view Alphabetical list of products: is not read: its name is not one the DSL can declare",
                    "view Invoices: is not read: it reads Order Details, which is not read",
                    "view Sales by Category: is not read: its name",
                    "table Customers, column CustomerID: the database lets this primary-key column hold NULL"),
            "sakila on mysql",
            List.of(
                    "trigger ins_film on film: is not kept: the schema model has no triggers",
                    "trigger upd_film on film: is not kept",
                    "trigger del_film on film: is not kept",
                    "procedure rewards_report: is not kept: the schema model has no functions or procedures",
                    "function inventory_in_stock: is not kept",
                    "table actor, column last_update: its ON UPDATE CURRENT_TIMESTAMP() is left out",
                    "table payment, column last_update: its ON UPDATE CURRENT_TIMESTAMP() is left out"),
            "sakila on postgresql",
            List.of(
                    "table payment: is partitioned by RANGE (payment_date) into 55 partitions (payment_p2022_01,"
                            + " payment_p2022_02,",
                    "domain year: a domain of integer; its columns (film.release_year) are read as integer, and the"
                            + " domain with its constraint year_check CHECK (((VALUE >= 1901) AND (VALUE <= 2155)))"
                            + " is not kept",
                    "trigger last_updated on actor: is not kept: the schema model has no triggers",
                    "trigger film_fulltext_trigger on film: is not kept",
                    "function last_updated(): is not kept: the schema model has no functions or procedures",
                    "aggregate group_concat(text): is not kept",
                    "view film_list: is not read: it calls group_concat",
                    "view nicer_but_slower_film_list: is not read: it calls group_concat",
                    "index rental_category on materialized view rental_by_category: is not kept",
                    "table actor, column actor_id: draws its numbers from the sequence actor_actor_id_seq, which no"
                            + " column owns"));

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("chinook", Dialect.POSTGRESQL),
                Arguments.of("chinook", Dialect.MYSQL),
                Arguments.of("chinook", Dialect.SQLITE),
                // H2 has no Chinook of its own: PostgreSQL's DDL, whose unquoted names H2 keeps in upper case
                Arguments.of("chinook", Dialect.MEMORY),
                Arguments.of("northwind", Dialect.POSTGRESQL),
                // MySQL's and SQLite's Northwinds are ports of their own (Access 2010's, SQL Server 2000's)
                Arguments.of("northwind", Dialect.MYSQL),
                Arguments.of("northwind", Dialect.SQLITE),
                Arguments.of("sakila", Dialect.SQLITE),
                Arguments.of("sakila", Dialect.MYSQL),
                Arguments.of("sakila", Dialect.POSTGRESQL),
                // jOOQ's H2 port of Sakila (its pull request #13, BSD like the rest of the repository)
                Arguments.of("sakila", Dialect.MEMORY));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("samples")
    void pullsTheSample(String sample, Dialect dialect) throws Exception {
        String ddl = fixture(sample, dialect);
        PullResult pulled = PullJourney.run(dialect, databases, project, connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : SqlScript.statements(ddl, dialect == Dialect.MYSQL)) {
                    statement.execute(sql);
                }
            }
        });
        assertThat(pulled.tables()).isPositive();
        // what the model cannot hold is in the warnings, each object named; the journey compared the rest
        List<String> expected = EXPECTED_WARNINGS.getOrDefault(sample + " on " + dialect.key(), List.of());
        for (String warning : expected) {
            assertThat(pulled.warnings()).anySatisfy(w -> assertThat(w).startsWith(warning));
        }
        if (sample.equals("chinook") || (sample.equals("northwind") && dialect == Dialect.POSTGRESQL)) {
            assertThat(pulled.warnings()).isEmpty();
        }
        Files.writeString(
                Path.of("target/pull-samples.txt"),
                sample + " on " + dialect.key() + ": " + pulled.tables() + " tables; warnings: " + pulled.warnings()
                        + "\n",
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static String fixture(String sample, Dialect dialect) throws IOException {
        String path = "/pull/samples/" + sample + "/" + dialect.key() + ".sql";
        if (dialect == Dialect.MEMORY && SampleDatabasesTest.class.getResource(path) == null) {
            // no DDL of its own for H2: PostgreSQL's, whose unquoted names H2 keeps in upper case
            path = "/pull/samples/" + sample + "/" + Dialect.POSTGRESQL.key() + ".sql";
        }
        try (InputStream in = SampleDatabasesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
