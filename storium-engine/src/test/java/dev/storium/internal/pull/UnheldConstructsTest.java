package dev.storium.internal.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.result.PullResult;
import dev.storium.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the schema model cannot hold, on each database that has it: pull takes the whole {@link PullJourney} (the
 * comparison of catalogs covers what the model holds) and names each such thing in a warning, and a column's at the
 * column in the code.
 */
class UnheldConstructsTest {
    private TestDatabases databases;

    @TempDir
    Path project;

    @BeforeEach
    void open() {
        databases = TestDatabases.forPurpose("pull_unheld");
    }

    @AfterEach
    void close() {
        databases.close();
    }

    @Test
    void postgresql() throws Exception {
        PullResult pulled = pull(
                Dialect.POSTGRESQL,
                "create domain positive as integer not null check (value > 0)",
                "create function double_it(x integer) returns integer language sql immutable as $$ select x * 2 $$",
                "create function touch() returns trigger language plpgsql as $$ begin return new; end $$",
                "create sequence shared_numbers",
                "create table items (id integer primary key default nextval('shared_numbers'), amount positive,"
                        + " label text default lower('X'), due timestamp default (now() + interval '1 day'))",
                "create trigger items_touch before update on items for each row execute function touch()",
                "create table archive (id integer primary key)",
                "create rule archive_never as on delete to archive do instead nothing",
                "create table events (id integer not null, at date not null, primary key (id, at))"
                        + " partition by range (at)",
                "create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01')",
                "create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01')",
                "create view doubled as select id, double_it(id) as twice from items",
                "create materialized view item_ids as select id from items",
                "create unique index item_ids_id on item_ids (id)");
        assertThat(pulled.tables())
                .as("the partitions are no tables of their own")
                .isEqualTo(3);
        assertWarnings(
                pulled,
                "domain positive: a domain of integer; its columns (items.amount) are read as integer, and the domain"
                        + " with its constraint positive_check CHECK ((VALUE > 0)) and its NOT NULL is not kept",
                "function double_it(x integer): is not kept: the schema model has no functions or procedures",
                "function touch(): is not kept",
                "trigger items_touch on items: is not kept: the schema model has no triggers",
                "rule archive_never on archive: is not kept: the schema model has no rules",
                "table events: is partitioned by RANGE (at) into 2 partitions (events_2024, events_2025); it is read"
                        + " as one table",
                "view doubled: is not read: it calls double_it",
                "index item_ids_id on materialized view item_ids: is not kept",
                "table items, column id: draws its numbers from the sequence shared_numbers, which no column owns",
                "table items, column label: its default lower('X'::text) is left out: it is an expression",
                "table items, column due: its default (now() + '1 day'::interval) is left out");
        assertThat(code(pulled)).contains("// its default lower('X'::text) is left out");
    }

    @Test
    void mariadb() throws Exception {
        PullResult pulled = pull(
                Dialect.MYSQL,
                "create table items (id int primary key, due date default (curdate() + interval 1 day),"
                        + " changed datetime(6) not null default current_timestamp(6) on update current_timestamp(6))",
                "create trigger items_check before insert on items for each row set new.id = new.id",
                "create function double_it(x int) returns int deterministic return x * 2",
                "create procedure nothing() begin end",
                "create event tidy on schedule every 1 day do delete from items where id < 0",
                "create table readings (id int not null, taken date not null, primary key (id, taken))"
                        + " partition by range (year(taken)) (partition p2024 values less than (2025),"
                        + " partition later values less than maxvalue)");
        assertThat(pulled.tables()).isEqualTo(2);
        assertWarnings(
                pulled,
                "table items, column due: its default (curdate() + interval 1 day) is left out: it is an expression",
                "table items, column changed: its ON UPDATE CURRENT_TIMESTAMP(6) is left out",
                "table readings: is partitioned by RANGE (year(`taken`)) into 2 partitions (p2024, later)",
                "trigger items_check on items: is not kept: the schema model has no triggers",
                "function double_it: is not kept: the schema model has no functions or procedures",
                "procedure nothing: is not kept",
                "event tidy: is not kept: the schema model has no events");
        assertThat(code(pulled)).contains("// its ON UPDATE CURRENT_TIMESTAMP(6) is left out");
    }

    @Test
    void sqlite() throws Exception {
        PullResult pulled = pull(
                Dialect.SQLITE,
                "create table items (id integer primary key not null, label text default (lower('X')))",
                "create trigger items_touch after update on items begin select 1; end");
        assertWarnings(
                pulled,
                "table items, column label: its default lower('X') is left out: it is an expression",
                "trigger items_touch on items: is not kept: the schema model has no triggers");
    }

    @Test
    void h2() throws Exception {
        // H2 folds a constant expression (lower('X') is 'x'): a random one stays an expression
        PullResult pulled = pull(
                Dialect.MEMORY,
                "create table items (id integer primary key, score integer default cast(rand() * 10 as integer))");
        assertWarnings(
                pulled, "table ITEMS, column SCORE: its default CAST(RAND() * 10 AS INTEGER) is left out: it is an");
    }

    @Test
    void namesTheDslCannotDeclare() throws Exception {
        // as Access's and SQL Server's ports keep them (Northwind's [Order Details]); a SQLite key may hold NULL
        PullResult pulled = pull(
                Dialect.SQLITE,
                "create table [Orders] (id integer primary key not null, code text, primary_code text)",
                "create table [Order Details] (order_id integer not null references [Orders] (id), qty integer)",
                "create table lines ([Line No] integer primary key not null)",
                "create table codes (code text, region text, primary key (code, region))",
                "create view [Big Orders] as select id from [Orders] where id > 100",
                "create view totals as select order_id, sum(qty) as qty from [Order Details] group by order_id",
                "create view top_totals as select order_id from totals where qty > 10",
                "create view order_ids as select id from [Orders]",
                "create table notes (id integer primary key not null, line integer references lines ([Line No]))");
        assertThat(pulled.tables()).isEqualTo(3);
        assertWarnings(
                pulled,
                "table Order Details: is not read: its name is not one the DSL can declare (1 to 63 of A-Z a-z 0-9 _);"
                        + " push and check leave it alone",
                "table lines: is not read: its column \"Line No\" is not one the DSL can declare",
                "view Big Orders: is not read: its name is not one the DSL can declare",
                "view totals: is not read: it reads Order Details, which is not read",
                "view top_totals: is not read: it reads totals, which is not read",
                "table codes, column code: the database lets this primary-key column hold NULL",
                "table codes, column region: the database lets this primary-key column hold NULL",
                "table notes, foreign key (line): is not read: it references lines, which is not read");
        assertThat(code(pulled))
                .contains("defineView(\"order_ids\")")
                .contains("// the database lets this primary-key column hold NULL")
                .doesNotContain("Order Details")
                .doesNotContain("totals");
    }

    @Test
    void h2CharacterLargeObject() throws Exception {
        // H2's text is its character varying: a clob is written as the custom type clob, which H2 takes back as such
        PullResult pulled = pull(
                Dialect.MEMORY,
                "create table notes (id integer primary key, body clob, summary character large object)");
        assertThat(pulled.warnings()).isEmpty();
        assertThat(code(pulled))
                .contains("column(\"body\", CUSTOM).dbName(\"BODY\").sqlType(Dialect.MEMORY, \"clob\")");
    }

    @Test
    void mariadbKeyOfItsOwnTypeWithADefault() throws Exception {
        // a column of its own type keeps its default as its model type: so does the key it references
        PullResult pulled = pull(
                Dialect.MYSQL,
                "create table statuses (id tinyint(4) not null primary key)",
                "create table orders (id int not null primary key, status_id tinyint(4) default 0,"
                        + " foreign key (status_id) references statuses (id))");
        assertWarnings(
                pulled,
                "table statuses, column id: the database's tinyint is written as integer, the type of the other side"
                        + " of its foreign key",
                "table orders, column status_id: the database's tinyint is written as integer (which Storium creates"
                        + " as int), which keeps its default");
    }

    private PullResult pull(Dialect dialect, String... statements) throws Exception {
        return PullJourney.run(dialect, databases, project, connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
        });
    }

    private static void assertWarnings(PullResult pulled, String... starts) {
        for (String start : starts) {
            assertThat(pulled.warnings())
                    .as(start)
                    .anySatisfy(w -> assertThat(w).startsWith(start));
        }
        assertThat(pulled.warnings()).hasSize(List.of(starts).size());
    }

    private static String code(PullResult pulled) throws java.io.IOException {
        return Files.readString(pulled.sources().get(0));
    }
}
