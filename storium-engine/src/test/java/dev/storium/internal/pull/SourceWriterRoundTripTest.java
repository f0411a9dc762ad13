package dev.storium.internal.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.internal.catalog.ExactReading;
import dev.storium.internal.catalog.LiveSchema;
import dev.storium.internal.diff.Differ;
import dev.storium.internal.history.History;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.push.Push;
import dev.storium.options.PushOptions;
import dev.storium.result.PushResult;
import dev.storium.schema.SchemaDefinition;
import dev.storium.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The writer's proof: a database holding every construct is read, written as source, compiled and scanned, and the
 * code it gives reads back from that database with no change at all (what push and check compare).
 */
class SourceWriterRoundTripTest {
    @TempDir
    Path project;

    /** Each table, column, index, key, check, view and sequence on which two models differ, both sides shown. */
    static List<String> differences(SchemaModel code, SchemaModel written) {
        List<String> found = new java.util.ArrayList<>();
        for (String name : union(code.tables().keySet(), written.tables().keySet())) {
            var a = code.tables().get(name);
            var b = written.tables().get(name);
            if (a == null || b == null) {
                found.add("table " + name + ": " + a + " / " + b);
                continue;
            }
            compare(found, name + " columns", a.columns(), b.columns());
            compare(found, name + " indexes", a.indexes(), b.indexes());
            compare(found, name + " keys", a.foreignKeys(), b.foreignKeys());
            compare(found, name + " checks", a.checks(), b.checks());
            compare(found, name + " primary key", a.primaryKey(), b.primaryKey());
            compare(
                    found,
                    name + " comment",
                    java.util.Collections.singletonList(a.comment()),
                    java.util.Collections.singletonList(b.comment()));
        }
        compare(
                found,
                "views",
                List.copyOf(code.views().values()),
                List.copyOf(written.views().values()));
        compare(
                found,
                "sequences",
                List.copyOf(code.sequences().values()),
                List.copyOf(written.sequences().values()));
        return found;
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static void compare(List<String> found, String where, List<?> code, List<?> written) {
        for (int i = 0; i < Math.max(code.size(), written.size()); i++) {
            Object a = i < code.size() ? code.get(i) : null;
            Object b = i < written.size() ? written.get(i) : null;
            if (!java.util.Objects.equals(a, b)) {
                found.add(where + ":\n  code:    " + a + "\n  written: " + b);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyConstructRoundTrips(Dialect dialect) throws Exception {
        PulledSource source = roundTrip(dialect, EveryConstruct.schema(dialect));
        if (dialect == Dialect.POSTGRESQL) {
            assertThat(PulledCode.text(source))
                    .contains(".opclass(\"email\", \"text_pattern_ops\")")
                    .contains(".nullsFirst(\"score\")")
                    .contains(".nullsLast(\"born\")")
                    .contains("index(\"visits\").desc().nullsLast()")
                    .contains(".opclass(\"lower(name::text)\", \"text_pattern_ops\")");
        }
        if (dialect == Dialect.MYSQL) {
            assertThat(PulledCode.text(source))
                    .contains("index(\"location\").using(\"spatial\")")
                    .containsPattern("(?s)name\\(\"by_name\"\\).*name\\(\"by_name\"\\)");
        }
    }

    /**
     * Objects of a named schema (PostgreSQL and H2): written through a {@code DbSchema} constant, keys across schemas
     * both ways, an enum, a view and a sequence in the schema, a table of the same name in both.
     */
    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MEMORY"})
    void namedSchemasRoundTrip(Dialect dialect) throws Exception {
        PulledSource source = roundTrip(dialect, EveryConstruct.namedSchemas());
        assertThat(source.classes())
                .extracting(PulledSource.PulledClass::className)
                .containsExactly("DbSchema", "SalesSchema");
        String own = source.classes().get(0).text();
        String sales = source.classes().get(1).text();
        // the default schema's class comes first (the two schemas reference each other), so its key to sales.orders
        // names the table, and the key of sales.orders to customers names DbSchema's constant
        assertThat(own)
                .contains("public final class DbSchema {")
                .contains("= defineTable(\"notes\")")
                .contains("= defineTable(\"customers\")")
                .contains(".references(\"sales.orders\", \"id\")")
                .doesNotContain("SALES");
        assertThat(sales)
                .contains("public final class SalesSchema {")
                .contains("public static final dev.storium.schema.DbSchema SALES = defineSchema(\"sales\");")
                .contains("SALES.defineTable(\"orders\")")
                .contains("SALES.defineTable(\"notes\")")
                .contains("SALES.defineView(\"paid_orders\")")
                .contains("SALES.defineSequence(\"order_numbers\")")
                .contains(".references(DbSchema.CUSTOMERS, \"id\")");
        if (dialect == Dialect.POSTGRESQL) {
            assertThat(sales).contains("SALES.defineEnum(\"order_status\", \"draft\", \"paid\")");
        }
    }

    /**
     * Classes cut small: every table, enum, view and sequence in a class of its own where the limit says so, the parts
     * of a schema numbered, keys and enums across them, and the code still reads back with no change.
     */
    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MEMORY"})
    void namedSchemasRoundTripInClassesCutSmall(Dialect dialect) throws Exception {
        PulledSource source = roundTrip(dialect, EveryConstruct.namedSchemas(), 10);
        List<String> names = source.classes().stream()
                .map(PulledSource.PulledClass::className)
                .toList();
        assertThat(names).startsWith("DbSchema", "DbSchema2", "DbSchema3").contains("SalesSchema", "SalesSchema2");
        String text = PulledCode.text(source);
        assertThat(text)
                .contains("public final class SalesSchema2 {")
                .contains("/** Schema sales of the " + dialect.key() + " database as storium:pull read it, continued"
                        + " from SalesSchema (one class would be too large for Java). */")
                .contains(".references(DbSchema.CUSTOMERS, \"id\")");
        for (PulledSource.PulledClass pulled : source.classes()) {
            List<String> declarations = pulled.text()
                    .substring(pulled.text().indexOf('{'))
                    .lines()
                    .filter(line -> !line.contains("defineSchema(") && !line.contains("private " + pulled.className()))
                    .toList();
            long count = declarations.stream()
                    .filter(line -> line.startsWith("    public static final"))
                    .count();
            // over the limit only a class of one declaration, which no class could hold within it
            assertThat(count == 1 || ClassBody.weight(declarations) <= 10)
                    .as(pulled.text())
                    .isTrue();
        }
    }

    /**
     * Pushes the schema to a database of its own, pulls it, compiles and scans the code, and asserts that it reads
     * back with no change.
     */
    private PulledSource roundTrip(Dialect dialect, SchemaDefinition schema) throws Exception {
        return roundTrip(dialect, schema, SourceWriter.WEIGHT_LIMIT);
    }

    private PulledSource roundTrip(Dialect dialect, SchemaDefinition schema, int weightLimit) throws Exception {
        try (TestDatabases databases = TestDatabases.forPurpose("pull_round_trip")) {
            return roundTrip(dialect, schema, databases, weightLimit);
        }
    }

    private PulledSource roundTrip(Dialect dialect, SchemaDefinition schema, TestDatabases databases, int weightLimit)
            throws Exception {
        StoriumConfig config = databases.config(dialect, project.resolve("migrations"));
        PushResult pushed = Push.run(config, schema, PushOptions.DEFAULTS);
        assertThat(pushed.success()).as(pushed.message()).isTrue();

        PulledSource source;
        try (Connection connection = databases.connect(dialect)) {
            source = SourceWriter.write(
                    ExactReading.read(connection, dialect, History.bookkeepingTables(config)),
                    dialect,
                    "com.example.db",
                    "DbSchema",
                    weightLimit);
        }
        SchemaDefinition pulled = PulledCode.compileAndScan(source, project.resolve("pulled"));
        SchemaModel declared = Models.fromDefinitions(pulled, dialect);
        assertThat(differences(declared, source.model()))
                .as("the model the writer says its code declares")
                .isEmpty();
        SchemaModel code = declared.forDialect(dialect.key());
        try (Connection connection = databases.connect(dialect)) {
            SchemaModel live = LiveSchema.read(connection, dialect, History.bookkeepingTables(config), code);
            assertThat(Differ.diff(live, code)).as(PulledCode.text(source)).isEmpty();
        }
        assertThat(source.warnings()).as(PulledCode.text(source)).isEmpty();
        return source;
    }
}
