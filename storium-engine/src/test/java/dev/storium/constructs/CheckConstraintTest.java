package dev.storium.constructs;

import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.NUMERIC;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.check;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.config.Dialect;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.push.Push;
import dev.storium.options.PushOptions;
import dev.storium.result.PushResult;
import dev.storium.schema.CheckDef;
import dev.storium.schema.ColumnDef;
import dev.storium.schema.TableDef;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Check constraints on every dialect, on a table that holds rows: created with the table, added, changed, renamed,
 * dropped, and kept across a rename of the column they name; each version migrated, enforced by the database, and read
 * back from the catalog as the code wrote it, however the database rewrites the condition.
 */
class CheckConstraintTest {
    private static final String SANE = "(price > 0 OR status = 'draft') AND length(name) BETWEEN 1 AND 100";

    @TempDir
    Path project;

    /** The products table of one version: the stock column's name, its check (or none), and the table checks. */
    private static List<TableDef> products(String stockName, String stockCheck, boolean renamed, CheckDef... checks) {
        List<ColumnDef> columns = new ArrayList<>(List.of(
                column("id", SERIAL).primaryKey(),
                column("name", VARCHAR).maxLength(100).notNull(),
                column("price", NUMERIC).precision(10, 2).notNull().check("price >= 0"),
                column("status", VARCHAR).maxLength(20).notNull().defaultValue("draft")));
        if (stockName != null) {
            ColumnDef stock = column(stockName, INTEGER).notNull().defaultValue(0);
            stock = renamed ? stock.renamedFrom("stock") : stock;
            columns.add(stockCheck == null ? stock : stock.check(stockCheck));
        }
        return List.of(defineTable("products")
                .columns(columns.toArray(new ColumnDef[0]))
                .timestamps(false)
                .checks(checks));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void checksAreCreatedChangedRenamedAndDroppedOnATableWithRows(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "checks", project)) {
            String create = db.step(
                    "v1 create with checks",
                    products(
                            "stock",
                            null,
                            false,
                            check("products_status_known", "status IN ('draft', 'live', 'gone')"),
                            check("products_sane", SANE)),
                    false);
            assertThat(create).contains("CHECK (");
            insert(db, "pen", "1.50", "live", 10);
            insert(db, "ink", "0", "draft", 0);
            assertRefused(db, "cap", "-1", "live", 1); // the column's own check
            assertRefused(db, "cap", "1", "lost", 1); // the table's IN check
            assertRefused(db, "cap", "0", "live", 1); // the condition with OR, BETWEEN and a function

            db.step(
                    "v2 add a column check",
                    products(
                            "stock",
                            "stock >= 0",
                            false,
                            check("products_status_known", "status IN ('draft', 'live', 'gone')"),
                            check("products_sane", SANE)),
                    false);
            assertRefused(db, "cap", "1", "live", -1);

            String changed = db.step(
                    "v3 change a condition",
                    products(
                            "stock",
                            "stock >= 0",
                            false,
                            check("products_status_known", "status IN ('draft', 'live', 'gone', 'held')"),
                            check("products_sane", SANE)),
                    false);
            assertThat(changed).contains("products_status_known");
            insert(db, "cap", "2", "held", 3);

            String renamed = db.step(
                    "v4 rename a check",
                    products(
                            "stock",
                            "stock >= 0",
                            false,
                            check("products_status_allowed", "status IN ('draft', 'live', 'gone', 'held')"),
                            check("products_sane", SANE)),
                    false);
            if (dialect == Dialect.POSTGRESQL || dialect == Dialect.MEMORY) {
                assertThat(renamed).contains("RENAME CONSTRAINT");
            }

            db.step(
                    "v5 rename the column a check names",
                    products(
                            "quantity",
                            "quantity >= 0",
                            true,
                            check("products_status_allowed", "status IN ('draft', 'live', 'gone', 'held')"),
                            check("products_sane", SANE)),
                    false);
            assertThat(db.strings(
                            "SELECT " + db.q("quantity") + " FROM " + db.q("products") + " ORDER BY " + db.q("id")))
                    .containsExactly("10", "0", "3");
            assertRefused(db, "cap", "1", "live", null, -1);

            db.step(
                    "v6 drop the checked column and a check",
                    products(null, null, false, check("products_sane", SANE)),
                    true);
            assertThat(db.strings("SELECT " + db.q("name") + " FROM " + db.q("products") + " ORDER BY " + db.q("id")))
                    .containsExactly("pen", "ink", "cap");
            insert(db, "hat", "1", "lost", null);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MYSQL", "MEMORY"}) // SQLite cannot add or drop a check but by rebuilding the table
    void aCheckDroppedChangedOrAddedByHandIsDriftThatPushUndoes(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "check_drift", project)) {
            List<TableDef> tables = products("stock", "stock >= 0", false, check("products_sane", SANE));
            db.step("v1", tables, false);
            insert(db, "pen", "1.50", "live", 10);
            String table = db.q("products");

            db.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + db.q("products_stock_check"));
            assertThat(db.drift(tables))
                    .singleElement()
                    .isInstanceOfSatisfying(
                            SchemaChange.AddCheck.class,
                            c -> assertThat(c.check().name()).isEqualTo("products_stock_check"));
            push(db, tables);

            db.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + db.q("products_sane"));
            db.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + db.q("products_sane") + " CHECK (" + db.q("price")
                    + " > 1)");
            assertThat(db.drift(tables))
                    .extracting(SchemaChange::describe)
                    .containsExactly("drop check products_sane on products", "add check products_sane on products");
            push(db, tables);

            db.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + db.q("by_hand") + " CHECK (" + db.q("stock")
                    + " < 1000)");
            assertThat(db.drift(tables))
                    .extracting(SchemaChange::describe)
                    .containsExactly("drop check by_hand on products");
            push(db, tables);
        }
    }

    private static void push(Evolution db, List<TableDef> tables) throws Exception {
        PushResult push = Push.run(db.config(), tables, PushOptions.DEFAULTS);
        assertThat(push.success()).as(push.message()).isTrue();
        assertThat(push.statements()).isNotEmpty();
        db.assertInSync("after push", tables);
    }

    private static void insert(Evolution db, String name, String price, String status, Integer stock)
            throws SQLException {
        insert(db, name, price, status, "stock", stock);
    }

    private static void insert(
            Evolution db, String name, String price, String status, String stockColumn, Integer stock)
            throws SQLException {
        String columns = db.q("name") + ", " + db.q("price") + ", " + db.q("status");
        String values = "?, ?, ?";
        if (stock != null) {
            columns += ", " + db.q(stockColumn);
            values += ", ?";
            db.execute(
                    "INSERT INTO " + db.q("products") + " (" + columns + ") VALUES (" + values + ")",
                    name,
                    new java.math.BigDecimal(price),
                    status,
                    stock);
        } else {
            db.execute(
                    "INSERT INTO " + db.q("products") + " (" + columns + ") VALUES (" + values + ")",
                    name,
                    new java.math.BigDecimal(price),
                    status);
        }
    }

    private static void assertRefused(Evolution db, String name, String price, String status, Integer stock) {
        assertThatThrownBy(() -> insert(db, name, price, status, stock)).isInstanceOf(SQLException.class);
    }

    private static void assertRefused(
            Evolution db, String name, String price, String status, String ignored, Integer quantity) {
        assertThatThrownBy(() -> insert(db, name, price, status, "quantity", quantity))
                .isInstanceOf(SQLException.class);
    }
}
