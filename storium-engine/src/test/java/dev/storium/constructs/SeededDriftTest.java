package dev.storium.constructs;

import static dev.storium.schema.ColumnType.CHAR;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.NUMERIC;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.TIME;
import static dev.storium.schema.ColumnType.TIMESTAMP;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.FkAction.CASCADE;
import static dev.storium.schema.Schema.check;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineEnum;
import static dev.storium.schema.Schema.defineSequence;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.defineView;
import static dev.storium.schema.Schema.index;
import static dev.storium.schema.Schema.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.push.Push;
import dev.storium.options.PushOptions;
import dev.storium.result.PushResult;
import dev.storium.schema.EnumDef;
import dev.storium.schema.SchemaDefinition;
import dev.storium.schema.SequenceDef;
import dev.storium.schema.TableDef;
import dev.storium.schema.ViewDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Drift exactness: a migrated database is changed by hand in every way the schema model can express, one change at a
 * time; each must be found (the live schema no longer reads back as the code) and a forced push must undo it (it reads
 * back as the code again). The test names every change it seeded that was not found or not undone.
 */
class SeededDriftTest {
    @TempDir
    Path project;

    private static final EnumDef LEVEL = defineEnum("account_level", "basic", "gold");

    private static SchemaDefinition shop(Dialect dialect) {
        TableDef accounts = defineTable("accounts")
                .comment("Who buys")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("email", VARCHAR).maxLength(100).notNull(),
                        column("score", INTEGER).defaultValue(0),
                        column("balance", NUMERIC).precision(10, 2),
                        column("seenAt", TIMESTAMP),
                        column("opensAt", TIME),
                        column("code", CHAR).length(3),
                        column("note", TEXT).comment("Free text"),
                        column("status", VARCHAR).maxLength(10).notNull().defaultValue("new"),
                        column("level", LEVEL).notNull().defaultValue("basic"))
                .indexes(index("email").unique(), index("status"))
                .uniques(unique("code"))
                .checks(check("accounts_status_known", "status IN ('new', 'old')"))
                .timestamps(false);
        TableDef orders = defineTable("orders")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("accountId", INTEGER)
                                .notNull()
                                .references(accounts, "id")
                                .onDelete(CASCADE),
                        column("total", NUMERIC).precision(10, 2).notNull().check("total >= 0"))
                .timestamps(false);
        ViewDef rich = defineView("rich_accounts")
                .as("SELECT id, status FROM accounts WHERE status <> 'new'")
                .dependsOn(accounts);
        // SQLite has no sequences
        List<SequenceDef> sequences = dialect == Dialect.SQLITE
                ? List.of()
                : List.of(defineSequence("invoice_numbers").startWith(1000).incrementBy(1));
        return new SchemaDefinition(List.of(accounts, orders), List.of(rich), sequences);
    }

    /**
     * One change made by hand: what it is, and its statements on the dialect; on SQLite a statement {@code REBUILD
     * table|from|to} rebuilds the table with {@code from} replaced by {@code to} in its SQL.
     */
    private record Seed(String what, List<String> statements) {}

    private static List<Seed> seeds(Dialect dialect, Evolution db) {
        String a = db.q("accounts");
        String o = db.q("orders");
        List<Seed> seeds = new ArrayList<>();
        switch (dialect) {
            case POSTGRESQL:
                seeds.add(
                        seed("integer narrowed to smallint", "ALTER TABLE " + a + " ALTER COLUMN score TYPE smallint"));
                seeds.add(
                        seed("timestamptz to timestamp", "ALTER TABLE " + a + " ALTER COLUMN seen_at TYPE timestamp"));
                seeds.add(seed("varchar lengthened", "ALTER TABLE " + a + " ALTER COLUMN email TYPE varchar(120)"));
                seeds.add(seed("numeric precision", "ALTER TABLE " + a + " ALTER COLUMN balance TYPE numeric(12,2)"));
                seeds.add(seed("char length", "ALTER TABLE " + a + " ALTER COLUMN code TYPE char(5)"));
                seeds.add(seed("time with time zone", "ALTER TABLE " + a + " ALTER COLUMN opens_at TYPE timetz"));
                seeds.add(
                        seed("collation", "ALTER TABLE " + a + " ALTER COLUMN email TYPE varchar(100) COLLATE \"C\""));
                seeds.add(seed("default dropped", "ALTER TABLE " + a + " ALTER COLUMN score DROP DEFAULT"));
                seeds.add(seed("default changed", "ALTER TABLE " + a + " ALTER COLUMN status SET DEFAULT 'old'"));
                seeds.add(seed("NOT NULL dropped", "ALTER TABLE " + a + " ALTER COLUMN email DROP NOT NULL"));
                seeds.add(seed("unique index dropped", "DROP INDEX accounts_email_unique"));
                seeds.add(seed(
                        "index made unique",
                        "DROP INDEX accounts_status_idx",
                        "CREATE UNIQUE INDEX accounts_status_idx ON " + a + " (status, id)"));
                seeds.add(seed("index added", "CREATE INDEX by_hand ON " + a + " (score)"));
                seeds.add(seed(
                        "foreign key dropped",
                        "ALTER TABLE " + o + " DROP CONSTRAINT orders_account_id_accounts_id_fk"));
                seeds.add(seed(
                        "foreign key action",
                        "ALTER TABLE " + o + " DROP CONSTRAINT orders_account_id_accounts_id_fk",
                        "ALTER TABLE " + o + " ADD CONSTRAINT orders_account_id_accounts_id_fk FOREIGN KEY (account_id)"
                                + " REFERENCES accounts (id) ON DELETE RESTRICT"));
                seeds.add(seed(
                        "foreign key made deferrable",
                        "ALTER TABLE " + o
                                + " ALTER CONSTRAINT orders_account_id_accounts_id_fk DEFERRABLE INITIALLY DEFERRED"));
                seeds.add(seed("check dropped", "ALTER TABLE " + o + " DROP CONSTRAINT orders_total_check"));
                seeds.add(seed(
                        "check changed",
                        "ALTER TABLE " + a + " DROP CONSTRAINT accounts_status_known",
                        "ALTER TABLE " + a + " ADD CONSTRAINT accounts_status_known CHECK (status IN ('new'))"));
                seeds.add(seed("check added", "ALTER TABLE " + a + " ADD CONSTRAINT by_hand CHECK (score < 100)"));
                seeds.add(seed("column comment", "COMMENT ON COLUMN " + a + ".note IS 'Other'"));
                seeds.add(seed("table comment", "COMMENT ON TABLE " + a + " IS NULL"));
                seeds.add(seed("column added", "ALTER TABLE " + a + " ADD COLUMN extra integer"));
                seeds.add(seed("column dropped", "ALTER TABLE " + a + " DROP COLUMN note"));
                seeds.add(seed("column renamed", "ALTER TABLE " + a + " RENAME COLUMN score TO points"));
                seeds.add(seed("primary key dropped", "ALTER TABLE " + o + " DROP CONSTRAINT orders_pkey"));
                seeds.add(seed("table added", "CREATE TABLE by_hand (id integer)"));
                seeds.add(seed("enum value added", "ALTER TYPE account_level ADD VALUE 'silver'"));
                seeds.add(seed(
                        "view changed",
                        "DROP VIEW rich_accounts",
                        "CREATE VIEW rich_accounts AS SELECT id, status FROM accounts WHERE status <> 'old'"));
                seeds.add(seed("view dropped", "DROP VIEW rich_accounts"));
                seeds.add(seed("sequence altered", "ALTER SEQUENCE invoice_numbers INCREMENT BY 5"));
                seeds.add(seed(
                        "unique constraint dropped", "ALTER TABLE " + a + " DROP CONSTRAINT accounts_code_unique"));
                seeds.add(seed(
                        "index made descending",
                        "DROP INDEX accounts_status_idx",
                        "CREATE INDEX accounts_status_idx ON " + a + " (status DESC)"));
                seeds.add(seed("index renamed", "ALTER INDEX accounts_status_idx RENAME TO accounts_status_by_hand"));
                seeds.add(seed(
                        "index given an operator class",
                        "DROP INDEX accounts_status_idx",
                        "CREATE INDEX accounts_status_idx ON " + a + " (status varchar_pattern_ops)"));
                seeds.add(seed(
                        "index given a nulls order",
                        "DROP INDEX accounts_status_idx",
                        "CREATE INDEX accounts_status_idx ON " + a + " (status NULLS FIRST)"));
                break;
            case MYSQL:
                seeds.add(seed("integer narrowed to smallint", "ALTER TABLE accounts MODIFY score SMALLINT DEFAULT 0"));
                seeds.add(seed("integer made unsigned", "ALTER TABLE accounts MODIFY score INT UNSIGNED DEFAULT 0"));
                seeds.add(seed("varchar lengthened", "ALTER TABLE accounts MODIFY email VARCHAR(120) NOT NULL"));
                seeds.add(seed("numeric precision", "ALTER TABLE accounts MODIFY balance DECIMAL(12,2)"));
                seeds.add(seed("char length", "ALTER TABLE accounts MODIFY code CHAR(5)"));
                seeds.add(seed(
                        "collation", "ALTER TABLE accounts MODIFY email VARCHAR(100) COLLATE utf8mb4_bin NOT NULL"));
                seeds.add(seed("default dropped", "ALTER TABLE accounts ALTER COLUMN score DROP DEFAULT"));
                seeds.add(seed("default changed", "ALTER TABLE accounts ALTER COLUMN status SET DEFAULT 'old'"));
                seeds.add(seed("NOT NULL dropped", "ALTER TABLE accounts MODIFY email VARCHAR(100) NULL"));
                seeds.add(seed("unique index dropped", "DROP INDEX accounts_email_unique ON accounts"));
                seeds.add(seed("index added", "CREATE INDEX by_hand ON accounts (score)"));
                seeds.add(seed(
                        "foreign key action",
                        "ALTER TABLE orders DROP FOREIGN KEY orders_account_id_accounts_id_fk",
                        "ALTER TABLE orders ADD CONSTRAINT orders_account_id_accounts_id_fk FOREIGN KEY (account_id)"
                                + " REFERENCES accounts (id) ON DELETE NO ACTION ON UPDATE CASCADE"));
                seeds.add(seed("check dropped", "ALTER TABLE orders DROP CONSTRAINT orders_total_check"));
                seeds.add(seed(
                        "check changed",
                        "ALTER TABLE accounts DROP CONSTRAINT accounts_status_known",
                        "ALTER TABLE accounts ADD CONSTRAINT accounts_status_known CHECK (status IN ('new'))"));
                seeds.add(seed("check added", "ALTER TABLE accounts ADD CONSTRAINT by_hand CHECK (score < 100)"));
                seeds.add(seed("column comment", "ALTER TABLE accounts MODIFY note TEXT COMMENT 'Other'"));
                seeds.add(seed("table comment", "ALTER TABLE accounts COMMENT 'Other'"));
                seeds.add(seed("column added", "ALTER TABLE accounts ADD COLUMN extra INT"));
                seeds.add(seed("column dropped", "ALTER TABLE accounts DROP COLUMN note"));
                seeds.add(seed("column renamed", "ALTER TABLE accounts RENAME COLUMN score TO points"));
                seeds.add(seed("table added", "CREATE TABLE by_hand (id INT)"));
                seeds.add(seed(
                        "enum value added",
                        "ALTER TABLE accounts MODIFY level ENUM('basic', 'gold', 'silver') NOT NULL DEFAULT 'basic'"));
                seeds.add(
                        seed(
                                "view changed",
                                "CREATE OR REPLACE VIEW rich_accounts AS SELECT id, status FROM accounts WHERE status <> 'old'"));
                seeds.add(seed("view dropped", "DROP VIEW rich_accounts"));
                seeds.add(seed("sequence altered", "ALTER SEQUENCE invoice_numbers INCREMENT BY 5"));
                seeds.add(seed("unique constraint dropped", "ALTER TABLE accounts DROP INDEX accounts_code_unique"));
                seeds.add(seed(
                        "index made descending",
                        "DROP INDEX accounts_status_idx ON accounts",
                        "CREATE INDEX accounts_status_idx ON accounts (status DESC)"));
                seeds.add(seed(
                        "index renamed",
                        "ALTER TABLE accounts RENAME INDEX accounts_status_idx TO accounts_status_by_hand"));
                break;
            case MEMORY:
                seeds.add(seed(
                        "integer narrowed to smallint",
                        "ALTER TABLE " + a + " ALTER COLUMN \"score\" SET DATA TYPE SMALLINT"));
                seeds.add(seed(
                        "timestamptz to timestamp",
                        "ALTER TABLE " + a + " ALTER COLUMN \"seen_at\" SET DATA TYPE TIMESTAMP"));
                seeds.add(seed(
                        "varchar lengthened",
                        "ALTER TABLE " + a + " ALTER COLUMN \"email\" SET DATA TYPE VARCHAR(120)"));
                seeds.add(seed(
                        "numeric precision",
                        "ALTER TABLE " + a + " ALTER COLUMN \"balance\" SET DATA TYPE NUMERIC(12,2)"));
                seeds.add(seed("char length", "ALTER TABLE " + a + " ALTER COLUMN \"code\" SET DATA TYPE CHAR(5)"));
                seeds.add(seed("default dropped", "ALTER TABLE " + a + " ALTER COLUMN \"score\" DROP DEFAULT"));
                seeds.add(seed("default changed", "ALTER TABLE " + a + " ALTER COLUMN \"status\" SET DEFAULT 'old'"));
                seeds.add(seed("NOT NULL dropped", "ALTER TABLE " + a + " ALTER COLUMN \"email\" SET NULL"));
                seeds.add(seed("index added", "CREATE INDEX \"by_hand\" ON " + a + " (\"score\")"));
                seeds.add(seed(
                        "foreign key dropped",
                        "ALTER TABLE " + o + " DROP CONSTRAINT \"orders_account_id_accounts_id_fk\""));
                seeds.add(seed("check dropped", "ALTER TABLE " + o + " DROP CONSTRAINT \"orders_total_check\""));
                seeds.add(seed(
                        "check changed",
                        "ALTER TABLE " + a + " DROP CONSTRAINT \"accounts_status_known\"",
                        "ALTER TABLE " + a
                                + " ADD CONSTRAINT \"accounts_status_known\" CHECK (\"status\" IN ('new'))"));
                seeds.add(seed(
                        "check added", "ALTER TABLE " + a + " ADD CONSTRAINT \"by_hand\" CHECK (\"score\" < 100)"));
                seeds.add(seed("column comment", "COMMENT ON COLUMN " + a + ".\"note\" IS 'Other'"));
                seeds.add(seed("table comment", "COMMENT ON TABLE " + a + " IS NULL"));
                seeds.add(seed("column added", "ALTER TABLE " + a + " ADD COLUMN \"extra\" INTEGER"));
                seeds.add(seed("column dropped", "ALTER TABLE " + a + " DROP COLUMN \"note\""));
                seeds.add(seed("column renamed", "ALTER TABLE " + a + " ALTER COLUMN \"score\" RENAME TO \"points\""));
                seeds.add(seed("table added", "CREATE TABLE \"by_hand\" (\"id\" INTEGER)"));
                seeds.add(seed(
                        "enum value added",
                        "ALTER TABLE " + a + " ALTER COLUMN \"level\" SET DATA TYPE ENUM('basic', 'gold', 'silver')"));
                seeds.add(seed(
                        "view changed",
                        "CREATE OR REPLACE VIEW \"rich_accounts\" AS SELECT \"id\", \"email\"" + " FROM " + a
                                + " WHERE \"balance\" > 10"));
                seeds.add(seed("view dropped", "DROP VIEW \"rich_accounts\""));
                seeds.add(seed("sequence altered", "ALTER SEQUENCE \"invoice_numbers\" INCREMENT BY 5"));
                seeds.add(seed(
                        "unique constraint dropped", "ALTER TABLE " + a + " DROP CONSTRAINT \"accounts_code_unique\""));
                seeds.add(seed(
                        "index made descending",
                        "DROP INDEX \"accounts_status_idx\"",
                        "CREATE INDEX \"accounts_status_idx\" ON " + a + " (\"status\" DESC)"));
                seeds.add(seed(
                        "index renamed", "ALTER INDEX \"accounts_status_idx\" RENAME TO \"accounts_status_by_hand\""));
                break;
            default: // SQLite alters little in place: the rest is a table rebuilt by hand with its SQL changed
                seeds.add(seed("integer to text", "REBUILD accounts|\"score\" integer|\"score\" text"));
                seeds.add(seed("varchar lengthened", "REBUILD accounts|varchar(100)|varchar(120)"));
                seeds.add(seed("numeric precision", "REBUILD accounts|numeric(10, 2)|numeric(12, 2)"));
                seeds.add(seed("char length", "REBUILD accounts|char(3)|char(5)"));
                seeds.add(seed(
                        "collation", "REBUILD accounts|varchar(100) NOT NULL|varchar(100) COLLATE NOCASE NOT NULL"));
                seeds.add(seed("default changed", "REBUILD accounts|DEFAULT 'new'|DEFAULT 'old'"));
                seeds.add(seed("NOT NULL dropped", "REBUILD accounts|varchar(100) NOT NULL|varchar(100)"));
                seeds.add(seed("check changed", "REBUILD accounts|('new', 'old')|('new', 'old', 'odd')"));
                seeds.add(seed(
                        "check dropped", "REBUILD orders|,\n  CONSTRAINT \"orders_total_check\" CHECK (total >= 0)|"));
                seeds.add(seed("foreign key action", "REBUILD orders|ON DELETE CASCADE|ON DELETE RESTRICT"));
                seeds.add(seed(
                        "foreign key made deferrable",
                        "REBUILD orders|ON DELETE CASCADE|ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED"));
                seeds.add(seed(
                        "enum value added", "REBUILD accounts|IN ('basic', 'gold')|IN ('basic', 'gold', 'silver')"));
                seeds.add(seed(
                        "view changed",
                        "DROP VIEW rich_accounts",
                        "CREATE VIEW rich_accounts AS SELECT id, status FROM accounts WHERE status <> 'old'"));
                seeds.add(seed("view dropped", "DROP VIEW rich_accounts"));
                seeds.add(seed(
                        "index made descending",
                        "DROP INDEX accounts_status_idx",
                        "CREATE INDEX accounts_status_idx ON accounts (status DESC)"));
                seeds.add(seed("index added", "CREATE INDEX by_hand ON accounts (score)"));
                seeds.add(seed("index dropped", "DROP INDEX accounts_status_idx"));
                seeds.add(seed("column added", "ALTER TABLE accounts ADD COLUMN extra integer"));
                seeds.add(seed("column dropped", "ALTER TABLE accounts DROP COLUMN note"));
                seeds.add(seed("column renamed", "ALTER TABLE accounts RENAME COLUMN score TO points"));
                seeds.add(seed("table added", "CREATE TABLE by_hand (id integer)"));
                break;
        }
        return seeds;
    }

    private static Seed seed(String what, String... statements) {
        return new Seed(what, List.of(statements));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void everyChangeMadeByHandIsFoundAndUndoneByPush(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "seeded_drift", project)) {
            SchemaDefinition tables = shop(dialect);
            db.step("migrated", tables, false);
            db.execute("INSERT INTO " + db.q("accounts") + " (" + db.q("email") + ") VALUES ('a@example.com')");
            List<String> missed = new ArrayList<>();
            List<Seed> seeds = seeds(dialect, db);
            for (Seed seed : seeds) {
                for (String statement : seed.statements()) {
                    if (statement.startsWith("REBUILD ")) {
                        String[] parts =
                                statement.substring("REBUILD ".length()).split("\\|", -1);
                        db.rebuildSqliteTable(parts[0], parts[1], parts[2]);
                    } else {
                        db.execute(statement);
                    }
                }
                List<SchemaChange> found = db.drift(tables);
                if (found.isEmpty()) {
                    missed.add(seed.what() + ": not found");
                    continue;
                }
                PushResult push = Push.run(db.config(), tables, new PushOptions(true, false));
                if (!push.success() || !db.drift(tables).isEmpty()) {
                    missed.add(seed.what() + ": not undone (" + push.message() + ")");
                }
            }
            System.out.printf(
                    "seeded drift on %s: %d of %d found and undone%n",
                    dialect.key(), seeds.size() - missed.size(), seeds.size());
            assertThat(missed).as("seeded changes on " + dialect.key()).isEmpty();
            db.assertInSync("after every seed", tables);
        }
    }
}
