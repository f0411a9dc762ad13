package dev.storium.schema;

import static dev.storium.schema.ColumnType.ARRAY;
import static dev.storium.schema.ColumnType.ENUM;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.Schema.check;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineEnum;
import static dev.storium.schema.Schema.defineTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.EnumType;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.SchemaModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

class EnumDefinitionTest {
    private static final ColumnDef ID = column("id", SERIAL).primaryKey();
    private static final EnumDef STATUS = defineEnum("order_status", "draft", "paid");

    private static void broken(ThrowingSupplier<?> definition, String message) {
        StoriumException e = catchThrowableOfType(StoriumException.class, definition::get);
        assertThat(e).as("definition should fail").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void anEnumColumnCarriesItsEnumIntoTheMetadataAndTheModel() {
        TableDef orders = defineTable("orders")
                .columns(
                        ID,
                        column("status", STATUS.renamedValue("new", "draft"))
                                .notNull()
                                .defaultValue("paid"));

        ColumnMeta status = orders.storium().column("status").orElseThrow();
        assertThat(status.type()).isEqualTo(ENUM);
        assertThat(status.enumType().values()).containsExactly("draft", "paid");
        assertThat(orders.column("status").getType()).isEqualTo(String.class);
        SchemaModel model = Models.fromDefinitions(List.of(orders));
        assertThat(model.enums())
                .containsExactly(Map.entry(
                        "order_status",
                        new EnumType("order_status", List.of("draft", "paid"), Map.of("new", "draft"))));
    }

    @Test
    void aBadEnumIsRefusedWhereItIsDefined() {
        broken(
                () -> defineEnum("order status", "a"),
                "Enum order status: the name is not a valid name: expected 1 to 63 characters from A-Z, a-z, 0-9 and _."
                        + " Fix: rename the enum, such as defineEnum(\"order_status\", ...).");
        broken(
                () -> defineEnum("order_status"),
                "Enum order_status: it has no values. Fix: give it at least one, such as"
                        + " defineEnum(\"order_status\", \"a\").");
        broken(
                () -> defineEnum("order_status", "paid", "Paid"),
                "Enum order_status: the value \"Paid\" is given twice (as \"paid\": MySQL compares them without case)."
                        + " Fix: keep each value once.");
        broken(
                () -> defineEnum("order_status", "paid", ""),
                "Enum order_status: a value is empty. Fix: give every value at least one character.");
        broken(
                () -> defineEnum("order_status", "paid "),
                "Enum order_status: the value \"paid \" starts or ends with a space (MySQL drops trailing spaces)."
                        + " Fix: use letters, digits, spaces inside the value and punctuation other than ' and \\, at"
                        + " most 63 bytes.");
        broken(
                () -> defineEnum("order_status", "it's"),
                "Enum order_status: the value \"it's\" holds a quote, a backslash or a control character. Fix: use"
                        + " letters, digits, spaces inside the value and punctuation other than ' and \\, at most 63"
                        + " bytes.");
        broken(
                () -> defineEnum("order_status", "é".repeat(32)),
                "Enum order_status: the value \"" + "é".repeat(32) + "\" is longer than 63 bytes (PostgreSQL's limit"
                        + " for an enum value). Fix: use letters, digits, spaces inside the value and punctuation"
                        + " other than ' and \\, at most 63 bytes.");
        broken(
                () -> STATUS.renamedValue("sent", "shipped"),
                "Enum order_status: renamedValue(\"sent\", \"shipped\") names the new value \"shipped\", which is not"
                        + " one of the values [draft, paid]. Fix: give one of the values as the new value.");
        broken(
                () -> STATUS.renamedValue("paid", "draft"),
                "Enum order_status: renamedValue(\"paid\", \"draft\") names the old value \"paid\", which is still one"
                        + " of the values. Fix: give the value's old name, which the enum no longer has, or remove the"
                        + " hint once the rename is migrated.");
    }

    @Test
    void aBadEnumColumnIsRefusedWhereItIsWritten() {
        broken(
                () -> defineTable("orders").columns(ID, column("status", ENUM)),
                "Table orders, column status: the column is ENUM but names no enum type. Fix: define the enum with"
                        + " defineEnum(\"name\", \"a\", \"b\") and declare the column with column(\"status\","
                        + " THAT_ENUM).");
        broken(
                () -> defineTable("orders").columns(ID, column("status", STATUS).defaultValue("lost")),
                "Table orders, column status: the default \"lost\" does not fit an enum column: expected one of the"
                        + " values of enum order_status, [draft, paid]. Fix: give a default of the column's type, or"
                        + " remove defaultValue(...).");
        broken(
                () -> defineTable("orders").columns(ID, column("tags", ARRAY).items(ENUM)),
                "Table orders, column tags: items(ENUM) is not a valid element type. Fix: use a plain type such as"
                        + " TEXT, INTEGER or UUID for the items.");
    }

    @Test
    void theSchemaRefusesTwoEnumsOfOneNameAndACheckNamedLikeAnEnumsCheck() {
        TableDef orders = defineTable("orders").columns(ID, column("status", STATUS));
        TableDef returns =
                defineTable("returns").columns(ID, column("state", defineEnum("order_status", "draft", "lost")));
        broken(
                () -> Models.fromDefinitions(List.of(orders, returns)),
                "Enum order_status is defined twice with different values: [draft, paid] (column orders.status) and"
                        + " [draft, lost] (column returns.state); an enum is one type shared by its columns. Fix:"
                        + " define it once, in one public static final EnumDef, and give that constant to every"
                        + " column of it.");
        TableDef clash =
                defineTable("items").columns(ID, column("status", STATUS)).checks(check("items_status_enum", "id > 0"));
        broken(
                () -> Models.fromDefinitions(List.of(clash)),
                "Table items: the check items_status_enum has the name of the check SQLite gives enum column"
                        + " items.status; constraint names are shared by the whole schema. Fix: give the check another"
                        + " name with check(\"...\", condition).");
    }
}
