package dev.storium.internal.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.internal.push.Push;
import dev.storium.options.PullOptions;
import dev.storium.options.PushOptions;
import dev.storium.result.PullResult;
import dev.storium.result.PushResult;
import dev.storium.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code storium:pull} as a goal: the whole journey on every dialect, and what it refuses. */
class PullTest {
    private TestDatabases databases;

    @TempDir
    Path project;

    @BeforeEach
    void open() {
        databases = TestDatabases.forPurpose("pull");
    }

    @AfterEach
    void close() {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyConstructPullsAndBaselines(Dialect dialect) throws Exception {
        PullResult pulled = PullJourney.run(dialect, databases, project, connection -> {
            PushResult pushed = Push.run(
                    databases.config(dialect, project.resolve("unused")),
                    EveryConstruct.schema(dialect),
                    PushOptions.DEFAULTS);
            assertThat(pushed.success()).as(pushed.message()).isTrue();
        });
        assertThat(pulled.tables())
                .isEqualTo(EveryConstruct.schema(dialect).tables().size());
        assertThat(pulled.warnings()).isEmpty();
        assertThat(pulled.migration().getFileName().toString()).isEqualTo("0000_pulled_schema.sql");
        assertThat(pulled.message()).contains("Baselined");
    }

    /**
     * H2 keeps a view's query as planned, the join conditions in an order that changes with each planning (here
     * rotated): the catalog sorts them, so the view of a database migrated from 0000 reads as the original's.
     */
    @org.junit.jupiter.api.Test
    void anH2ViewOfManyJoinsReadsAlikeHoweverPlanned() throws Exception {
        PullResult pulled = PullJourney.run(Dialect.MEMORY, databases, project, connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("create table category (category_id int primary key, name varchar(25))");
                statement.execute("create table film (film_id int primary key)");
                statement.execute("create table film_category (film_id int references film (film_id),"
                        + " category_id int references category (category_id), primary key (film_id, category_id))");
                statement.execute("create table inventory (inventory_id int primary key, film_id int references film"
                        + " (film_id))");
                statement.execute("create table rental (rental_id int primary key, inventory_id int references"
                        + " inventory (inventory_id))");
                statement.execute("create table payment (payment_id int primary key, rental_id int references rental"
                        + " (rental_id), amount decimal(5,2))");
                statement.execute("create view sales_by_film_category as select c.name as category,"
                        + " sum(p.amount) as total_sales from payment p join rental r on p.rental_id = r.rental_id"
                        + " join inventory i on r.inventory_id = i.inventory_id join film f on i.film_id = f.film_id"
                        + " join film_category fc on f.film_id = fc.film_id"
                        + " join category c on fc.category_id = c.category_id group by c.name");
            }
        });
        assertThat(pulled.warnings()).isEmpty();
        assertThat(Files.readString(pulled.sources().get(0)))
                .as("the conditions sorted")
                .contains("WHERE (\\\"F\\\".\\\"FILM_ID\\\" = \\\"FC\\\".\\\"FILM_ID\\\")\\n\"");
    }

    /** Named schemas take the whole journey too: the baseline creates the schema first. */
    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MEMORY"})
    void namedSchemasPullAndBaseline(Dialect dialect) throws Exception {
        PullResult pulled = PullJourney.run(dialect, databases, project, connection -> {
            PushResult pushed = Push.run(
                    databases.config(dialect, project.resolve("unused")),
                    EveryConstruct.namedSchemas(),
                    PushOptions.DEFAULTS);
            assertThat(pushed.success()).as(pushed.message()).isTrue();
        });
        assertThat(pulled.tables()).isEqualTo(5);
        assertThat(pulled.warnings()).isEmpty();
        assertThat(Files.readString(pulled.migration())).contains("CREATE SCHEMA IF NOT EXISTS");
    }

    @Test
    void anExistingClassIsLeftUntouchedWithoutForce() throws Exception {
        StoriumConfig config = onePostgresTable();
        Path file = project.resolve("src/com/example/db/DbSchema.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "// mine");

        PullResult refused = Storium.pull(config, options(false));

        assertThat(refused.success()).isFalse();
        assertThat(refused.message())
                .contains(file.toString() + " exists")
                .contains("Nothing was written")
                .contains("-Dstorium.force=true");
        assertThat(Files.readString(file)).isEqualTo("// mine");
        assertThat(project.resolve("migrations")).doesNotExist();

        PullResult forced = Storium.pull(config, options(true));
        assertThat(forced.success()).as(forced.message()).isTrue();
        assertThat(Files.readString(file)).contains("defineTable(\"notes\")");
    }

    /**
     * Each named schema in a class of its own, named after it; a name taken already gets the next number. Every file is
     * checked before any is written.
     */
    @Test
    void aNamedSchemaGetsAClassOfItsOwnAndEveryFileIsCheckedFirst() throws Exception {
        try (var connection = databases.connect(Dialect.POSTGRESQL)) {
            connection
                    .createStatement()
                    .execute(
                            "CREATE TABLE accounts (id integer PRIMARY KEY); CREATE SCHEMA db; CREATE SCHEMA sales_ops;"
                                    + " CREATE TABLE db.logins (id integer PRIMARY KEY, account_id integer REFERENCES accounts);"
                                    + " CREATE TABLE sales_ops.leads (id integer PRIMARY KEY, login_id integer REFERENCES"
                                    + " db.logins)");
        }
        StoriumConfig config = databases.config(Dialect.POSTGRESQL, project.resolve("migrations"));
        Path own = project.resolve("src/com/example/db/DbSchema.java");
        Path db = project.resolve("src/com/example/db/DbSchema2.java");
        Path sales = project.resolve("src/com/example/db/SalesOpsSchema.java");
        Files.createDirectories(db.getParent());
        Files.writeString(db, "// mine");

        PullResult refused = Storium.pull(config, options(false));

        assertThat(refused.success()).isFalse();
        assertThat(refused.message()).contains("Cannot pull: " + db + " exists").contains("Nothing was written");
        assertThat(own).doesNotExist();
        assertThat(sales).doesNotExist();
        assertThat(Files.readString(db)).isEqualTo("// mine");

        PullResult pulled = Storium.pull(config, options(true));

        assertThat(pulled.success()).as(pulled.message()).isTrue();
        assertThat(pulled.sources()).containsExactly(own, db, sales);
        assertThat(pulled.message())
                .contains("into 3 classes in " + own.getParent()
                        + " (DbSchema.java, DbSchema2.java, SalesOpsSchema.java)");
        assertThat(Files.readString(db))
                .contains("/** Schema db of the postgresql database as storium:pull read it. */")
                .contains("public final class DbSchema2 {")
                .contains("public static final dev.storium.schema.DbSchema DB = defineSchema(\"db\");")
                .contains(".references(DbSchema.ACCOUNTS, \"id\")");
        assertThat(Files.readString(sales))
                .contains("public final class SalesOpsSchema {")
                .contains(".references(DbSchema2.DB_LOGINS, \"id\")");
        PulledCode.compile(pulled.sources(), project.resolve("build"));
    }

    @Test
    void aMigrationsDirectoryThatIsNotEmptyStopsPull() throws Exception {
        StoriumConfig config = onePostgresTable();
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("migrations/0000_mine.sql"), "select 1;");

        PullResult refused = Storium.pull(config, options(false));

        assertThat(refused.success()).isFalse();
        assertThat(refused.message())
                .contains("the migrations directory " + project.resolve("migrations") + " is not empty")
                .contains("0000_mine.sql")
                .contains("Nothing was written");
        assertThat(project.resolve("src")).doesNotExist();
    }

    @Test
    void whatTheModelCannotHoldIsWarnedAndCommented() throws Exception {
        try (var connection = databases.connect(Dialect.POSTGRESQL)) {
            var statement = connection.createStatement();
            statement.execute("CREATE TABLE owners (id integer PRIMARY KEY)");
            statement.execute("CREATE TABLE gauges (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                    + " reading double precision NOT NULL, host inet DEFAULT '10.0.0.1', owner_id integer"
                    + " REFERENCES owners (id))");
            statement.execute("CREATE SEQUENCE countdown START WITH 10 INCREMENT BY -1 MINVALUE 1 MAXVALUE 10");
        }
        StoriumConfig config = databases.config(Dialect.POSTGRESQL, project.resolve("migrations"));
        PullResult pulled = Storium.pull(
                config,
                new PullOptions(
                        List.of(),
                        List.of("own*"),
                        "com.example.db",
                        "DbSchema",
                        project.resolve("src"),
                        false,
                        false));

        assertThat(pulled.success()).as(pulled.message()).isTrue();
        assertThat(pulled.warnings())
                .containsExactly(
                        "table gauges, column id: the database's bigint identity is written as serial, Storium's"
                                + " auto-numbered column, which it creates as an integer: a database migrated from the"
                                + " baseline numbers in 32 bits",
                        "table gauges, column host: the default '10.0.0.1' is left out: a column of the database's"
                                + " own type inet (CUSTOM) takes no default",
                        "table gauges, foreign key gauges_owner_id_fkey: is left out: it references owners, which is"
                                + " not pulled (include that table to keep the key)",
                        "sequence countdown: starts at 10 and counts by -1; the DSL's sequences count upwards from 1"
                                + " or more: declare it in a custom migration");
        assertThat(pulled.message()).contains("4 things of the database the code cannot hold");
        String code = PulledCode.text(pulled.sources());
        assertThat(code)
                .contains("column(\"reading\", CUSTOM).sqlType(Dialect.POSTGRESQL, \"double precision\").notNull()")
                .contains("// the default '10.0.0.1' is left out")
                .contains("// is left out: it references owners")
                .contains("// starts at 10 and counts by -1")
                .doesNotContain("OWNERS");
        PulledCode.compile(pulled.sources(), project.resolve("build"));
    }

    @Test
    void aSchemaTheDslCannotNameIsWarnedNotRead() throws Exception {
        StoriumConfig config = onePostgresTable();
        try (var connection = databases.connect(Dialect.POSTGRESQL)) {
            connection.createStatement().execute("CREATE SCHEMA \"my-app\"");
            connection.createStatement().execute("CREATE TABLE \"my-app\".jobs (id integer PRIMARY KEY)");
        }

        PullResult pulled = Storium.pull(config, options(false));

        assertThat(pulled.success()).as(pulled.message()).isTrue();
        assertThat(pulled.warnings())
                .containsExactly("schema my-app: is not read: the DSL declares only schemas named with 1 to 63 of"
                        + " A-Z a-z 0-9 _; keep its objects in custom migrations, or rename the schema and pull again");
        assertThat(PulledCode.text(pulled.sources())).doesNotContain("jobs");
    }

    private StoriumConfig onePostgresTable() throws Exception {
        try (var connection = databases.connect(Dialect.POSTGRESQL)) {
            connection.createStatement().execute("CREATE TABLE notes (id integer PRIMARY KEY, body text)");
        }
        return databases.config(Dialect.POSTGRESQL, project.resolve("migrations"));
    }

    private PullOptions options(boolean force) {
        return new PullOptions(
                List.of(), List.of(), "com.example.db", "DbSchema", project.resolve("src"), force, false);
    }
}
