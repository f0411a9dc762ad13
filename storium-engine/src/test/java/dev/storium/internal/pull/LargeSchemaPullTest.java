package dev.storium.internal.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.scan.SchemaScan;
import dev.storium.options.SchemaSource;
import dev.storium.result.PullResult;
import dev.storium.testing.TestDatabases;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema too large for one class: pull splits it into classes under the weight limit, they compile, every constant
 * is set whichever class the JVM initialises first, and the whole journey holds (nothing to generate, in sync, check
 * passes, a database migrated from 0000 has the same catalog).
 */
class LargeSchemaPullTest {
    /** Tables of the default schema: a chain of keys, each table about 45 of the weight, so three classes' worth. */
    private static final int TABLES = 300;

    @TempDir
    Path project;

    @Test
    void aSchemaOverTheLimitIsSplitIntoClassesThatCompileAndLoadInAnyOrder() throws Exception {
        PullResult pulled;
        try (TestDatabases databases = TestDatabases.forPurpose("pull_large")) {
            pulled = PullJourney.run(Dialect.POSTGRESQL, databases, project, connection -> {
                StringBuilder sql = new StringBuilder("CREATE TYPE mood AS ENUM ('calm', 'busy');\n"
                        + "CREATE SCHEMA sales;\n"
                        + "CREATE TYPE sales.stage AS ENUM ('lead', 'won');\n");
                for (int i = 0; i < TABLES; i++) {
                    String table = String.format("t%04d", i);
                    sql.append("CREATE TABLE ")
                            .append(table)
                            .append(" (id serial PRIMARY KEY, name varchar(100) NOT NULL, amount numeric(10,2) NOT NULL"
                                    + " DEFAULT 0 CHECK (amount >= 0), placed_at timestamp, status text DEFAULT 'open',"
                                    + " parent_id integer")
                            .append(i == TABLES - 1 ? ", feeling mood" : "")
                            // the first table names an enum of the schema written after the default one's classes
                            .append(i == 0 ? ", stage sales.stage" : "")
                            .append(");\n");
                    sql.append("CREATE UNIQUE INDEX ")
                            .append(table)
                            .append("_name_key ON ")
                            .append(table)
                            .append(" (name);\n");
                    sql.append("CREATE INDEX ")
                            .append(table)
                            .append("_status_idx ON ")
                            .append(table);
                    sql.append(" (status, placed_at);\n");
                }
                for (int i = 0; i < TABLES; i++) {
                    // each table references the one before; the first the last, which closes a cycle across classes
                    String parent = String.format("t%04d", i == 0 ? TABLES - 1 : i - 1);
                    sql.append(String.format(
                            "ALTER TABLE t%04d ADD FOREIGN KEY (parent_id) REFERENCES %s (id) ON DELETE CASCADE;\n",
                            i, parent));
                }
                sql.append(
                        "CREATE TABLE sales.deals (id serial PRIMARY KEY, stage sales.stage NOT NULL,"
                                + " feeling mood, first_id integer REFERENCES t0000 (id), last_id integer REFERENCES t0299 (id));\n");
                sql.append("ALTER TABLE t0100 ADD COLUMN deal_id integer REFERENCES sales.deals (id);\n");
                connection.createStatement().execute(sql.toString());
            });
        }

        assertThat(pulled.tables()).isEqualTo(TABLES + 1);
        assertThat(pulled.warnings()).isEmpty();
        List<String> names = pulled.sources().stream()
                .map(file -> file.getFileName().toString())
                .toList();
        assertThat(names)
                .startsWith("DbSchema.java", "DbSchema2.java", "DbSchema3.java")
                .endsWith("SalesSchema.java");
        assertThat(pulled.message()).contains(names.size() + " classes in ");
        for (Path file : pulled.sources()) {
            String text = Files.readString(file);
            long weight = text.chars().filter(c -> c == '(' || c == ',').count();
            assertThat(weight).as(file.toString()).isLessThanOrEqualTo(SourceWriter.WEIGHT_LIMIT + 20);
        }
        String first = Files.readString(pulled.sources().get(0));
        String last = Files.readString(pulled.sources().get(names.indexOf("DbSchema3.java")));
        String sales = Files.readString(pulled.sources().get(names.size() - 1));
        // the cycle is closed by name; keys to earlier classes name their constants
        assertThat(first)
                .contains("public static final EnumDef MOOD = defineEnum(\"mood\", \"calm\", \"busy\");")
                .contains("public static final EnumDef SALES_STAGE = SALES.defineEnum(\"stage\", \"lead\", \"won\");")
                .contains(".references(\"t0299\", \"id\")")
                .doesNotContain("DbSchema2.");
        assertThat(last)
                .contains("column(\"feeling\", DbSchema.MOOD)")
                .containsPattern("\\.references\\(DbSchema2\\.T0\\d+, \"id\"\\)|\\.references\\(T0\\d+, \"id\"\\)");
        assertThat(sales)
                .contains("column(\"stage\", DbSchema.SALES_STAGE)")
                .contains(".references(DbSchema.T0000, \"id\")")
                .contains(".references(DbSchema3.T0299, \"id\")");

        // whichever class is initialised first, every class's constants are set and read as the same schema
        Path classes = project.resolve("build/classes");
        SchemaModel expected =
                model(new URLClassLoader(new URL[] {classes.toUri().toURL()}, loader()), classes);
        for (String name : names) {
            String className = "com.example.db." + name.replace(".java", "");
            try (URLClassLoader loader =
                    new URLClassLoader(new URL[] {classes.toUri().toURL()}, loader())) {
                Class.forName(className, true, loader);
                assertThat(model(loader, classes))
                        .as("initialised from " + className)
                        .isEqualTo(expected);
            }
        }
    }

    private static ClassLoader loader() {
        return LargeSchemaPullTest.class.getClassLoader();
    }

    private static SchemaModel model(ClassLoader loader, Path classes) {
        return Models.fromDefinitions(
                SchemaScan.collect(List.of(), new SchemaSource(loader, List.of(classes)))
                        .definition(),
                Dialect.POSTGRESQL);
    }
}
