package dev.storium.constructs;

import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.check;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineEnum;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.index;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.Storium;
import dev.storium.StoriumInstance;
import dev.storium.config.Dialect;
import dev.storium.options.GenerateOptions;
import dev.storium.options.MigrateOptions;
import dev.storium.result.GenerateResult;
import dev.storium.result.MigrateResult;
import dev.storium.schema.ColumnDef;
import dev.storium.schema.EnumDef;
import dev.storium.schema.TableDef;
import dev.storium.store.Row;
import dev.storium.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Enums on every dialect, on tables that hold rows: an enum shared by two tables is created, gets values (used as a
 * default in the same migration), has a value renamed by a hint and one removed with the opt-in (refused while rows hold
 * it), takes a varchar column in and lets one go, and is dropped; each version migrated, enforced by the database, read
 * back from the catalog as the code wrote it, and used through a store.
 */
class EnumTest {
    @TempDir
    Path project;

    /** The orders and returns of one version: the enum, the orders' default and note column, the returns' state. */
    private static List<TableDef> tables(EnumDef status, String defaultValue, ColumnDef note, ColumnDef state) {
        ColumnDef statusColumn = column("status", status).notNull().defaultValue(defaultValue);
        TableDef orders = defineTable("orders")
                .columns(
                        note == null
                                ? new ColumnDef[] {column("id", SERIAL).primaryKey(), statusColumn}
                                : new ColumnDef[] {column("id", SERIAL).primaryKey(), statusColumn, note})
                .timestamps(false)
                .indexes(index("status"));
        TableDef returns = defineTable("returns")
                .columns(column("id", SERIAL).primaryKey(), state)
                .timestamps(false);
        return List.of(orders, returns);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void anEnumIsCreatedExtendedRenamedNarrowedAndDroppedOnTablesWithRows(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "enums", project)) {
            EnumDef v1 = defineEnum("order_status", "draft", "paid", "shipped");
            List<TableDef> first = tables(v1, "draft", null, column("state", v1));
            String create = db.step("v1 create", first, false);
            if (dialect == Dialect.POSTGRESQL) {
                assertThat(create).contains("CREATE TYPE \"order_status\" AS ENUM ('draft', 'paid', 'shipped')");
            } else if (dialect == Dialect.SQLITE) {
                assertThat(create).contains("CONSTRAINT \"orders_status_enum\" CHECK (\"status\" IN (");
            } else {
                assertThat(create).contains("enum('draft', 'paid', 'shipped')");
            }
            try (StoriumInstance instance = Storium.connect(db.config())) {
                Store orders = instance.defineStore(first.get(0));
                Row paid = orders.create(Map.of("status", "paid"));
                Row draft = orders.create(Map.of());
                assertThat(draft.get("status")).isEqualTo("draft");
                orders.update(draft.get("id"), Map.of("status", "shipped"));
                assertThat(orders.find(Map.of("status", "shipped"))).hasSize(1);
                assertThat(orders.findById(paid.get("id")).orElseThrow().get("status"))
                        .isEqualTo("paid");
                assertThat(orders.createMany(List.of(Map.of("status", "paid"), Map.of("status", "draft"))))
                        .isEqualTo(2);
                assertThatThrownBy(() -> orders.create(Map.of("status", "lost")))
                        .hasMessageContaining("must be one of draft, paid, shipped");
                instance.defineStore(first.get(1)).create(Map.of("state", "shipped"));
            }
            assertRefused(db, "lost");
            assertThat(statuses(db)).containsExactly("paid", "shipped", "paid", "draft");

            // values added before, between and after the old ones, one of them the new default at once
            EnumDef v2 = defineEnum("order_status", "new", "draft", "paid", "sent", "shipped", "cancelled");
            String added = db.step("v2 add values", tables(v2, "sent", null, column("state", v2)), false);
            if (dialect == Dialect.POSTGRESQL) {
                assertThat(added)
                        .contains("ALTER TYPE \"order_status\" ADD VALUE IF NOT EXISTS 'new' BEFORE 'draft'")
                        .contains("ADD VALUE IF NOT EXISTS 'sent' AFTER 'paid'")
                        .contains("ADD VALUE IF NOT EXISTS 'cancelled' AFTER 'shipped'");
            }
            db.execute("INSERT INTO " + db.q("orders") + " (" + db.q("status") + ") VALUES ('cancelled')");
            db.execute(
                    "INSERT INTO " + db.q("orders") + (dialect == Dialect.MYSQL ? " () VALUES ()" : " DEFAULT VALUES"));
            assertThat(statuses(db)).containsExactly("paid", "shipped", "paid", "draft", "cancelled", "sent");

            // sent is dispatched now: the rows holding it, and the default, follow
            EnumDef v3 = defineEnum("order_status", "new", "draft", "paid", "dispatched", "shipped", "cancelled")
                    .renamedValue("sent", "dispatched");
            String renamed = db.step("v3 rename a value", tables(v3, "dispatched", null, column("state", v3)), false);
            if (dialect == Dialect.POSTGRESQL) {
                assertThat(renamed).contains("ALTER TYPE \"order_status\" RENAME VALUE 'sent' TO 'dispatched'");
            }
            assertThat(statuses(db)).containsExactly("paid", "shipped", "paid", "draft", "cancelled", "dispatched");

            // cancelled goes (and dispatched moves last): data loss, refused without the opt-in, and the migration
            // fails while a row holds it
            EnumDef v4 = defineEnum("order_status", "new", "draft", "paid", "shipped", "dispatched"); // reordered too
            List<TableDef> fourth = tables(v4, "dispatched", null, column("state", v4));
            GenerateResult refused = Storium.generate(db.config(), fourth, GenerateOptions.DEFAULTS);
            assertThat(refused.success()).isFalse();
            assertThat(refused.message()).contains("orders.status").contains("enum order_status(");
            GenerateResult narrowed = Storium.generate(db.config(), fourth, new GenerateOptions(null, false, true));
            assertThat(narrowed.success()).as(narrowed.message()).isTrue();
            MigrateResult failed = Storium.migrate(db.config(), MigrateOptions.DEFAULTS);
            assertThat(failed.success()).isFalse();
            // each database words it its own way; all of them name the column or its enum check
            assertThat(failed.message())
                    .contains("failed on " + dialect.key())
                    .contains(
                            dialect == Dialect.MYSQL
                                    ? "Data truncated for column 'status'"
                                    : dialect == Dialect.SQLITE ? "orders_status_enum" : "\"cancelled\"");
            db.execute("UPDATE " + db.q("orders") + " SET " + db.q("status") + " = 'paid' WHERE " + db.q("status")
                    + " = 'cancelled'");
            if (dialect == Dialect.MYSQL || dialect == Dialect.MEMORY) {
                // no transactional DDL: the failed file's row is repaired before it runs again (its statements are
                // safe to run again: the failing one was the first that changed the column)
                assertThat(Storium.repair(db.config()).success()).isTrue();
            }
            MigrateResult migrated = Storium.migrate(db.config(), MigrateOptions.DEFAULTS);
            assertThat(migrated.success())
                    .as(migrated.message() + "\n" + Files.readString(narrowed.file()))
                    .isTrue();
            db.assertInSync("v4 remove a value", fourth);
            assertThat(statuses(db)).containsExactly("paid", "shipped", "paid", "draft", "paid", "dispatched");
            assertRefused(db, "cancelled");

            // a varchar column joins the enum and the returns' column leaves it
            db.step(
                    "v5 add a varchar",
                    tables(v4, "dispatched", column("note", VARCHAR).maxLength(20), column("state", v4)),
                    false);
            db.execute("UPDATE " + db.q("orders") + " SET " + db.q("note") + " = 'new' WHERE " + db.q("id") + " = 1");
            db.step(
                    "v6 to and from the enum",
                    tables(
                            v4,
                            "dispatched",
                            column("note", v4),
                            column("state", VARCHAR).maxLength(20)),
                    true);
            assertThat(db.strings(
                            "SELECT " + db.q("note") + " FROM " + db.q("orders") + " WHERE " + db.q("id") + " = 1"))
                    .containsExactly("new");
            assertThat(db.strings("SELECT " + db.q("state") + " FROM " + db.q("returns")))
                    .containsExactly("shipped");

            // the last columns leave the enum: it is dropped
            TableDef plain = defineTable("orders")
                    .columns(
                            column("id", SERIAL).primaryKey(),
                            column("status", VARCHAR).maxLength(20).notNull())
                    .timestamps(false)
                    .indexes(index("status"));
            String dropped = db.step(
                    "v7 drop the enum",
                    List.of(
                            plain,
                            tables(v4, "draft", null, column("state", VARCHAR).maxLength(20))
                                    .get(1)),
                    true);
            if (dialect == Dialect.POSTGRESQL) {
                assertThat(dropped).contains("DROP TYPE \"order_status\"");
            }
            assertThat(statuses(db)).containsExactly("paid", "shipped", "paid", "draft", "paid", "dispatched");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aCheckAndAPartialIndexThatNameTheColumnFollowItsEnumMadeAnew(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "enums_remade", project)) {
            boolean partial = dialect == Dialect.POSTGRESQL || dialect == Dialect.SQLITE;
            db.step("v1", sizes(defineEnum("size", "small", "large", "huge"), partial), false);
            db.execute("INSERT INTO " + db.q("items") + " (" + db.q("kind") + ") VALUES ('large')");
            db.execute("INSERT INTO " + db.q("items") + " (" + db.q("kind") + ") VALUES ('small')");

            // huge goes and large moves first: PostgreSQL makes the type anew under the check and the index
            String sql = db.step("v2 remove and reorder", sizes(defineEnum("size", "large", "small"), partial), true);
            if (dialect == Dialect.POSTGRESQL) {
                assertThat(sql)
                        .containsSubsequence(
                                "DROP CONSTRAINT \"items_kind_known\"",
                                "DROP INDEX \"items_large\"",
                                "CREATE TYPE \"size\" AS ENUM ('large', 'small')",
                                "DROP TYPE \"size__old\"",
                                "CREATE INDEX \"items_large\"",
                                "ADD CONSTRAINT \"items_kind_known\"");
            }
            assertThat(db.strings("SELECT " + db.q("kind") + " FROM " + db.q("items") + " ORDER BY " + db.q("id")))
                    .containsExactly("large", "small");

            // small is little now, and moves first: the type is made anew again, the rows renamed on the way
            String renamed = db.step(
                    "v3 rename and reorder",
                    sizes(
                            defineEnum("size", "little", "large").renamedValue("small", "little"),
                            "kind IN ('little', 'large')",
                            partial),
                    false);
            if (dialect == Dialect.POSTGRESQL) {
                assertThat(renamed).contains("CASE \"kind\"::text WHEN 'small' THEN 'little'");
            }
            assertThat(db.strings("SELECT " + db.q("kind") + " FROM " + db.q("items") + " ORDER BY " + db.q("id")))
                    .containsExactly("large", "little");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aValueRenamedInItsCaseOnlyKeepsItsRows(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "enums_case", project)) {
            db.step("v1", tables(defineEnum("grade", "low", "high"), "low", null, column("state", VARCHAR)), false);
            db.execute("INSERT INTO " + db.q("orders") + " (" + db.q("status") + ") VALUES ('high')");
            db.execute("INSERT INTO " + db.q("orders") + " (" + db.q("status") + ") VALUES ('low')");

            // MySQL compares enum values without their case: both spellings cannot stand side by side
            EnumDef upper = defineEnum("grade", "LOW", "High")
                    .renamedValue("low", "LOW")
                    .renamedValue("high", "High");
            db.step("v2 rename by case", tables(upper, "LOW", null, column("state", VARCHAR)), false);
            assertThat(statuses(db)).containsExactly("High", "LOW");
            db.execute("INSERT INTO " + db.q("orders") + " (" + db.q("status") + ") VALUES ('High')");
            assertThat(statuses(db)).containsExactly("High", "LOW", "High");
        }
    }

    private static List<TableDef> sizes(EnumDef size, boolean partial) {
        return sizes(size, "kind IN ('small', 'large')", partial);
    }

    private static List<TableDef> sizes(EnumDef size, String known, boolean partial) {
        TableDef items = defineTable("items")
                .columns(column("id", SERIAL).primaryKey(), column("kind", size).notNull())
                .timestamps(false)
                .checks(check("items_kind_known", known));
        return List.of(partial ? items.indexes(index("kind").name("items_large").where("kind = 'large'")) : items);
    }

    private static List<String> statuses(Evolution db) throws Exception {
        return db.strings("SELECT " + db.q("status") + " FROM " + db.q("orders") + " ORDER BY " + db.q("id"));
    }

    /** The database itself refuses a value that is none of the enum's. */
    private static void assertRefused(Evolution db, String value) {
        assertThatThrownBy(() -> db.execute(
                        "INSERT INTO " + db.q("orders") + " (" + db.q("status") + ") VALUES ('" + value + "')"))
                .isInstanceOf(java.sql.SQLException.class);
    }
}
