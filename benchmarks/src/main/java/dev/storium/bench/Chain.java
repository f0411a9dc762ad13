package dev.storium.bench;

import static dev.storium.schema.ColumnType.BIGINT;
import static dev.storium.schema.ColumnType.BOOLEAN;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.NUMERIC;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.TIMESTAMP;
import static dev.storium.schema.ColumnType.UUID;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.index;

import dev.storium.config.Dialect;
import dev.storium.internal.diff.Differ;
import dev.storium.internal.diff.MigrationNames;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.migration.MigrationFolder;
import dev.storium.internal.migration.MigrationSql;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.sql.SqlRenderer;
import dev.storium.schema.ColumnDef;
import dev.storium.schema.TableDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The schema of the benchmarks: a chain of tables {@code t_0001, t_0002, ...}, each with 8 or 10 columns, an index
 * on {@code code} and a foreign key {@code prev_id} to the table before it; as table definitions in memory, as Java
 * source of a project, and as a migrations folder with one migration per table.
 */
final class Chain {
    /** Tables per generated source class: a class's static initialiser must stay under 64 KB of bytecode. */
    private static final int TABLES_PER_CLASS = 40;

    private Chain() {}

    static String tableName(int i) {
        return String.format(Locale.ROOT, "t_%04d", i);
    }

    /** Tables 1..n with {@code columns} (8 or 10) columns each. */
    static List<TableDef> tables(int n, int columns) {
        return tables(n, columns, i -> 0);
    }

    /** Tables 1..n with {@code columns} (8 or 10) columns each and {@code extras.applyAsInt(i)} more in table i. */
    static List<TableDef> tables(int n, int columns, IntUnaryOperator extras) {
        List<TableDef> tables = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            tables.add(table(i, columns, i == 1 ? null : tables.get(i - 2), extras.applyAsInt(i)));
        }
        return tables;
    }

    /** Table {@code i} with {@code extras} integer columns {@code extra1...} after the others. */
    static TableDef table(int i, int columns, TableDef previous, int extras) {
        List<ColumnDef> defs = new ArrayList<>(List.of(
                column("id", BIGINT).primaryKey(),
                previous == null
                        ? column("prevId", BIGINT)
                        : column("prevId", BIGINT).references(previous, "id"),
                column("name", VARCHAR).maxLength(100).notNull(),
                column("code", VARCHAR).maxLength(40),
                column("amount", NUMERIC).precision(12, 2),
                column("active", BOOLEAN).notNull().defaultValue(true),
                column("note", TEXT),
                column("createdOn", TIMESTAMP).defaultNow()));
        if (columns == 10) {
            defs.add(column("quantity", INTEGER));
            defs.add(column("ref", UUID));
        }
        for (int x = 1; x <= extras; x++) {
            defs.add(column("extra" + x, INTEGER));
        }
        return defineTable(tableName(i))
                .columns(defs.toArray(new ColumnDef[0]))
                .indexes(index("code"))
                .timestamps(false);
    }

    /** Writes the Java source of tables 1..n into {@code sourceRoot}, package {@code bench.schema}. */
    static void writeSources(Path sourceRoot, int n, int columns, IntUnaryOperator extras) throws IOException {
        Path dir = sourceRoot.resolve("bench/schema");
        Files.createDirectories(dir);
        for (int first = 1; first <= n; first += TABLES_PER_CLASS) {
            String cls = className(first);
            StringBuilder src = new StringBuilder()
                    .append("package bench.schema;\n\n")
                    .append("import static dev.storium.schema.ColumnType.*;\n")
                    .append("import static dev.storium.schema.Schema.*;\n\n")
                    .append("import dev.storium.schema.TableDef;\n\n")
                    .append("public final class ")
                    .append(cls)
                    .append(" {\n");
            for (int i = first; i < first + TABLES_PER_CLASS && i <= n; i++) {
                src.append(tableSource(i, columns, extras.applyAsInt(i)));
            }
            Files.writeString(dir.resolve(cls + ".java"), src.append("}\n").toString());
        }
    }

    private static String className(int firstTable) {
        return String.format(Locale.ROOT, "S%04d", firstTable);
    }

    private static String fieldOf(int i) {
        int first = (i - 1) / TABLES_PER_CLASS * TABLES_PER_CLASS + 1;
        return className(first) + "." + tableName(i).toUpperCase(Locale.ROOT);
    }

    private static String tableSource(int i, int columns, int extras) {
        String prev = i == 1
                ? "column(\"prevId\", BIGINT)"
                : "column(\"prevId\", BIGINT).references(" + fieldOf(i - 1) + ", \"id\")";
        return "    public static final TableDef " + tableName(i).toUpperCase(Locale.ROOT) + " = defineTable(\""
                + tableName(i) + "\").columns(\n"
                + "            column(\"id\", BIGINT).primaryKey(),\n"
                + "            " + prev + ",\n"
                + "            column(\"name\", VARCHAR).maxLength(100).notNull(),\n"
                + "            column(\"code\", VARCHAR).maxLength(40),\n"
                + "            column(\"amount\", NUMERIC).precision(12, 2),\n"
                + "            column(\"active\", BOOLEAN).notNull().defaultValue(true),\n"
                + "            column(\"note\", TEXT),\n"
                + "            column(\"createdOn\", TIMESTAMP).defaultNow()"
                + (columns == 10
                        ? ",\n            column(\"quantity\", INTEGER),\n            column(\"ref\", UUID)"
                        : "")
                + IntStream.rangeClosed(1, extras)
                        .mapToObj(x -> ",\n            column(\"extra" + x + "\", INTEGER)")
                        .collect(Collectors.joining())
                + ")\n"
                + "            .indexes(index(\"code\")).timestamps(false);\n";
    }

    /** Writes one migration per table into {@code out}: migration k creates table k. */
    static MigrationFolder writeMigrations(Path out, Dialect dialect, List<TableDef> tables) {
        return writeMigrations(out, dialect, tables.size(), k -> tables.subList(0, k));
    }

    /**
     * Writes {@code count} migrations into {@code out} for {@code dialect}, as generate would write them one after the
     * other: migration k (from 1) takes the schema to {@code state.apply(k)}, diffed against the state before it and
     * rendered by the dialect, with its snapshot and journal entry.
     */
    static MigrationFolder writeMigrations(Path out, Dialect dialect, int count, IntFunction<List<TableDef>> state) {
        MigrationFolder folder = MigrationFolder.read(out, dialect);
        SchemaModel previous = SchemaModel.empty();
        for (int k = 1; k <= count; k++) {
            SchemaModel next = Models.fromDefinitions(state.apply(k));
            List<SchemaChange> changes = Differ.diff(previous, next);
            List<String> statements = SqlRenderer.of(dialect).render(changes, previous, next);
            folder = folder.plusNext(MigrationNames.derive(changes), MigrationSql.join(statements), next);
            previous = next;
        }
        return folder;
    }
}
