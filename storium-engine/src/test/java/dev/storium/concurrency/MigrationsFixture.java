package dev.storium.concurrency;

import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.index;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.options.GenerateOptions;
import dev.storium.result.GenerateResult;
import dev.storium.schema.TableDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Migrations directories written by {@link Storium#generate}, one step per file: each step adds a table (with an index)
 * to the schema, and the generated SQL gets one more statement that fills the new table with rows, so every file takes
 * a moment to apply and a file applied twice shows in its row count.
 */
final class MigrationsFixture {
    private static final String BREAKPOINT = "\n--> statement-breakpoint\n";

    private MigrationsFixture() {}

    /** The table of step {@code n} (from 1): {@code t01}, {@code t02}, and so on. */
    static String table(int n) {
        return String.format("t%02d", n);
    }

    /**
     * Generates {@code count} files into {@code config.out()}, each creating the table {@code table(n)} and inserting
     * {@code rows} rows into it; returns the tags in order.
     */
    static List<String> tables(StoriumConfig config, int count, int rows) throws IOException {
        List<String> tags = new ArrayList<>();
        List<TableDef> schema = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            tags.add(addTable(config, schema, n, rows));
        }
        return tags;
    }

    /**
     * Adds the table of step {@code n} to {@code schema} and generates the file that creates it and inserts
     * {@code rows} rows; returns its tag.
     */
    static String addTable(StoriumConfig config, List<TableDef> schema, int n, int rows) throws IOException {
        schema.add(table(table(n)));
        Path file = generate(config, schema, table(n), false);
        append(file, fill(config.dialect(), table(n), rows));
        return tag(file);
    }

    /**
     * Generates a custom (hand-written) file named {@code name} after the existing ones, holding {@code statements};
     * returns its tag.
     */
    static String custom(StoriumConfig config, List<TableDef> schema, String name, List<String> statements)
            throws IOException {
        Path file = generate(config, schema, name, true);
        Files.writeString(file, String.join(BREAKPOINT, statements) + "\n");
        return tag(file);
    }

    /** The definition of a step's table: an id, a label with an index and an amount. */
    static TableDef table(String name) {
        return defineTable(name)
                .columns(
                        column("id", INTEGER).primaryKey(),
                        column("label", VARCHAR).maxLength(100).notNull(),
                        column("amount", INTEGER))
                .timestamps(false)
                .indexes(index("label"));
    }

    /** The statement that inserts rows 1 to {@code rows} into {@code table}. */
    static String fill(Dialect dialect, String table, int rows) {
        String into = "INSERT INTO " + table + " (id, label, amount) ";
        switch (dialect) {
            case POSTGRESQL:
                return into + "SELECT n, 'row ' || n, n % 97 FROM generate_series(1, " + rows + ") AS s(n)";
            case MYSQL:
                return into + "SELECT seq, CONCAT('row ', seq), seq % 97 FROM seq_1_to_" + rows;
            case SQLITE:
                return into + "WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < " + rows
                        + ") SELECT n, 'row ' || n, n % 97 FROM s";
            default:
                // H2 folds unquoted names to upper case; generate wrote them quoted, in lower case
                return "INSERT INTO \"" + table + "\" (\"id\", \"label\", \"amount\") SELECT X, CONCAT('row ', X),"
                        + " MOD(X, 97) FROM SYSTEM_RANGE(1, " + rows + ")";
        }
    }

    private static Path generate(StoriumConfig config, List<TableDef> schema, String name, boolean custom) {
        GenerateResult result = Storium.generate(config, List.copyOf(schema), new GenerateOptions(name, custom, false));
        if (!result.success() || result.file() == null) {
            throw new IllegalStateException("generate of " + name + " failed: " + result.message());
        }
        return result.file();
    }

    private static void append(Path file, String statement) throws IOException {
        String text = Files.readString(file).stripTrailing();
        Files.writeString(file, text + BREAKPOINT + statement + "\n", StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static String tag(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".sql".length());
    }
}
