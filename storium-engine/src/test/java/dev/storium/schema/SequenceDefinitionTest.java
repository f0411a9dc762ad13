package dev.storium.schema;

import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineSequence;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.defineView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.Sequence;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

class SequenceDefinitionTest {
    private static final TableDef USERS =
            defineTable("users").columns(column("id", SERIAL).primaryKey()).timestamps(false);

    private static void broken(ThrowingSupplier<?> definition, String message) {
        StoriumException e = catchThrowableOfType(StoriumException.class, definition::get);
        assertThat(e).as("definition should fail").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    private static Object model(SequenceDef... sequences) {
        return Models.fromDefinitions(
                SchemaDefinition.of(List.of(USERS), List.of(defineView("ids").as("SELECT id FROM users")))
                        .withSequences(List.of(sequences)),
                Dialect.POSTGRESQL);
    }

    @Test
    void aSequenceStartsAtOneAndCountsByOneUnlessToldOtherwise() {
        assertThat(defineSequence("n").storium()).isEqualTo(new SequenceMeta("n", 1, 1));
        assertThat(Models.fromDefinitions(
                                SchemaDefinition.of(List.of(USERS))
                                        .withSequences(List.of(defineSequence("n")
                                                .startWith(1000)
                                                .incrementBy(10))),
                                Dialect.MEMORY)
                        .sequences())
                .containsExactly(java.util.Map.entry("n", new Sequence("n", 1000, 10)));
    }

    @Test
    void aBadNameOrNumberIsRefusedWhereItIsWritten() {
        broken(
                () -> defineSequence("order-numbers"),
                "Sequence order-numbers: the sequence name \"order-numbers\" is not a valid name: expected 1 to 63"
                        + " characters from A-Z, a-z, 0-9 and _. Fix: name the sequence using only letters, digits and"
                        + " underscores, such as defineSequence(\"order_numbers\").");
        broken(
                () -> defineSequence("n").startWith(0),
                "Sequence n: startWith(0) is less than 1: sequences count upwards from a positive value. Fix: give"
                        + " startWith a value of 1 or more.");
        broken(
                () -> defineSequence("n").incrementBy(-1),
                "Sequence n: incrementBy(-1) is less than 1: sequences count upwards from a positive value. Fix:"
                        + " give incrementBy a value of 1 or more.");
    }

    @Test
    void theSchemaRefusesASequenceNamedLikeATableAViewOrAnotherSequence() {
        String shared = "; tables, views and sequences share one namespace. Fix: keep one definition per name, or"
                + " give one of them another name.";
        broken(() -> model(defineSequence("users")), "Sequence users has the name of a table" + shared);
        broken(() -> model(defineSequence("ids")), "Sequence ids has the name of a view" + shared);
        broken(
                () -> model(defineSequence("n"), defineSequence("n").startWith(5)),
                "Sequence n is defined twice in the schema classes" + shared);
    }
}
