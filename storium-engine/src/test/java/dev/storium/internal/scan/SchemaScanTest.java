package dev.storium.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.scan.fixtures.Marker;
import dev.storium.internal.scan.fixtures.storeonly.Accounts;
import dev.storium.options.SchemaSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaScanTest {
    private static final String FIXTURES = "dev.storium.internal.scan.fixtures";

    private static List<StaticField<Marker>> scan(String pattern) {
        return new StaticFieldScan<>(
                        Marker.class,
                        new ClassFilter("schema", List.of(pattern)),
                        new SchemaSource(
                                SchemaScanTest.class.getClassLoader(), List.of(StaticFieldScanTest.testClasses())))
                .find();
    }

    @Test
    void oneObjectInTwoFieldsCountsOnce() {
        Map<String, StaticField<Marker>> byName = SchemaScan.byName(scan(FIXTURES + ".good.*"), Marker::name, "Table");

        assertThat(byName).containsOnlyKeys("users", "posts", "comments", "tags");
    }

    @Test
    void twoDefinitionsOfOneNameAreNamedBoth() {
        assertThatThrownBy(() -> SchemaScan.byName(scan(FIXTURES + ".good.**"), Marker::name, "Table"))
                .isInstanceOf(StoriumException.class)
                .satisfies(e -> assertThat(((StoriumException) e).code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION))
                .hasMessage("Table users is defined twice: by " + FIXTURES + ".good.Tables.USERS and by " + FIXTURES
                        + ".good.deeper.More.USERS_AGAIN. Fix: keep one definition (refer to it from the other"
                        + " class), or narrow the `schema` patterns to the classes whose definitions you mean.");
    }

    @Test
    void aTableThatClashesWithTheAutomaticTimestampsIsRefusedWithItsField() {
        assertThatThrownBy(() -> SchemaScan.collect(
                        List.of(FIXTURES + ".clash.*"),
                        new SchemaSource(
                                SchemaScanTest.class.getClassLoader(), List.of(StaticFieldScanTest.testClasses()))))
                .isInstanceOf(StoriumException.class)
                .satisfies(e -> assertThat(((StoriumException) e).code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION))
                .hasMessage("Field " + FIXTURES + ".clash.Events.EVENTS: Table events, column createdAt: the column"
                        + " clashes with the automatic timestamp createdAt (created_at). Fix: remove the column, or"
                        + " call .timestamps(false) to define the timestamps yourself.");
    }

    @Test
    void aClassHoldingOnlyStoreDefinitionsIsASchemaSource() {
        FoundSchemas found = SchemaScan.collect(
                List.of(FIXTURES + ".storeonly.*"),
                new SchemaSource(SchemaScanTest.class.getClassLoader(), List.of(StaticFieldScanTest.testClasses())));

        assertThat(found.tables()).containsOnlyKeys("accounts");
        assertThat(found.tables().get("accounts")).isSameAs(Accounts.ACCOUNTS.table());
        assertThat(found.classes()).containsExactly(FIXTURES + ".storeonly.Accounts");
    }

    @Test
    void theSearchIsDescribedWithRootsAndPatterns() {
        Path missing = Path.of("/nowhere/target/classes");
        SchemaSource source = new SchemaSource(
                SchemaScanTest.class.getClassLoader(), List.of(StaticFieldScanTest.testClasses(), missing));

        assertThat(SchemaScan.searched(new ClassFilter("schema", List.of("com.example.*")), source))
                .isEqualTo("the class roots " + StaticFieldScanTest.testClasses() + ", " + missing
                        + " (does not exist), classes matching `schema` com.example.*");
        assertThat(SchemaScan.searched(
                        new ClassFilter("schema", List.of()), SchemaSource.of(SchemaScanTest.class.getClassLoader())))
                .endsWith(", every class (`schema` is not set)");
    }

    @Test
    void noTableDefinitionsInTheRootsIsAnEmptyResult() {
        FoundSchemas found = SchemaScan.collect(
                List.of(FIXTURES + ".good.*"),
                new SchemaSource(SchemaScanTest.class.getClassLoader(), List.of(StaticFieldScanTest.testClasses())));

        assertThat(found.tables()).isEmpty();
        assertThat(found.classes()).isEmpty();
        assertThat(found.searched()).contains("classes matching `schema` " + FIXTURES + ".good.*");
    }
}
