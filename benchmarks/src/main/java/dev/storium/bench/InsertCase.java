package dev.storium.bench;

import static dev.storium.schema.ColumnType.BIGINT;
import static dev.storium.schema.ColumnType.BOOLEAN;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.NUMERIC;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;

import dev.storium.Storium;
import dev.storium.StoriumInstance;
import dev.storium.config.Dialect;
import dev.storium.internal.diff.Differ;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.sql.SqlRenderer;
import dev.storium.schema.TableDef;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Case 3: rows inserted into an empty table through a store's {@code createMany} (validated, batched, one transaction)
 * and through a plain JDBC batched insert of the same rows (batches of 1,000, one transaction), each sample on a new
 * database. Both use the same URL, with the driver's batch rewriting on ({@code reWriteBatchedInserts} on PostgreSQL,
 * {@code rewriteBatchedStatements} on MySQL/MariaDB), as a bulk load would. Figures are rows per second.
 */
final class InsertCase {
    static final TableDef ITEMS = defineTable("items")
            .columns(
                    column("id", BIGINT).primaryKey(),
                    column("name", VARCHAR).maxLength(100).notNull(),
                    column("code", VARCHAR).maxLength(40),
                    column("amount", NUMERIC).precision(12, 2),
                    column("active", BOOLEAN).notNull(),
                    column("note", TEXT),
                    column("quantity", INTEGER))
            .timestamps(false);
    private static final String INSERT =
            "insert into items (id, name, code, amount, active, note, quantity) values (?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH_SIZE = 1000;

    private final Context ctx;

    InsertCase(Context ctx) {
        this.ctx = ctx;
    }

    void run() throws Exception {
        List<Map<String, Object>> rows = rows(ctx.sizes().rows());
        for (Dialect dialect : ctx.dialects()) {
            if (dialect == Dialect.SQLITE) {
                continue; // the issue asks for the two servers
            }
            System.out.println("case 3, " + dialect.key() + ": " + rows.size() + " rows");
            // the first round warms both code paths up
            Alternation<Double> samples =
                    Alternation.of(1, ctx.sizes().repetitions(), () -> store(dialect, rows), () -> jdbc(dialect, rows));
            ctx.report()
                    .add(new Measurement(
                            "3 insert " + rows.size() + " rows",
                            dialect.key(),
                            "store.createMany",
                            samples.first(),
                            "JDBC batch",
                            samples.second(),
                            "rows/s",
                            Target.ratioAtLeast(0.8)));
        }
    }

    static List<Map<String, Object>> rows(int n) {
        List<Map<String, Object>> rows = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", (long) i);
            row.put("name", "item " + i);
            row.put("code", "C" + (i % 1000));
            row.put("amount", BigDecimal.valueOf(i * 7L % 100_000, 2));
            row.put("active", i % 3 != 0);
            row.put("note", "note of item " + i);
            row.put("quantity", i % 50);
            rows.add(row);
        }
        return rows;
    }

    private double store(Dialect dialect, List<Map<String, Object>> rows) throws Exception {
        try (Database db = database(dialect);
                StoriumInstance storium = Storium.connect(Context.config(dialect, url(db), outDir()))) {
            var items = storium.defineStore(ITEMS);
            // the plain JDBC side opens its connection before its clock starts: so does the pool here
            storium.dsl().selectOne().fetch();
            long start = System.nanoTime();
            int inserted = items.createMany(rows);
            double seconds = Context.secondsSince(start);
            expect(rows.size(), inserted);
            return rows.size() / seconds;
        }
    }

    private double jdbc(Dialect dialect, List<Map<String, Object>> rows) throws Exception {
        try (Database db = database(dialect);
                Connection c = java.sql.DriverManager.getConnection(url(db))) {
            long start = System.nanoTime();
            c.setAutoCommit(false);
            int inserted = 0;
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                for (int i = 0; i < rows.size(); i++) {
                    Map<String, Object> row = rows.get(i);
                    insert.setLong(1, (Long) row.get("id"));
                    insert.setString(2, (String) row.get("name"));
                    insert.setString(3, (String) row.get("code"));
                    insert.setBigDecimal(4, (BigDecimal) row.get("amount"));
                    insert.setBoolean(5, (Boolean) row.get("active"));
                    insert.setString(6, (String) row.get("note"));
                    insert.setInt(7, (Integer) row.get("quantity"));
                    insert.addBatch();
                    if ((i + 1) % BATCH_SIZE == 0 || i == rows.size() - 1) {
                        for (int count : insert.executeBatch()) {
                            inserted += count == Statement.SUCCESS_NO_INFO ? 1 : count;
                        }
                    }
                }
            }
            c.commit();
            double seconds = Context.secondsSince(start);
            expect(rows.size(), inserted);
            return rows.size() / seconds;
        }
    }

    /** A new database holding the empty table, created with the DDL Storium renders for the dialect. */
    private Database database(Dialect dialect) throws Exception {
        Database db = Database.create(dialect, ctx.work().resolve("sqlite"));
        SchemaModel next = Models.fromDefinitions(List.of(ITEMS));
        SchemaModel empty = SchemaModel.empty();
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            for (String sql : SqlRenderer.of(dialect).render(Differ.diff(empty, next), empty, next)) {
                s.execute(sql);
            }
        }
        return db;
    }

    private static String url(Database db) {
        return db.urlWith(
                db.dialect() == Dialect.POSTGRESQL ? "reWriteBatchedInserts=true" : "rewriteBatchedStatements=true");
    }

    private Path outDir() {
        return ctx.work().resolve("insert/migrations");
    }

    private static void expect(int expected, int inserted) {
        if (inserted != expected) {
            throw new IllegalStateException("inserted " + inserted + " rows of " + expected);
        }
    }
}
