package dev.storium.constructs;

import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineSequence;
import static dev.storium.schema.Schema.defineTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.push.Push;
import dev.storium.options.GenerateOptions;
import dev.storium.options.PushOptions;
import dev.storium.result.GenerateResult;
import dev.storium.result.PushResult;
import dev.storium.schema.SchemaDefinition;
import dev.storium.schema.SequenceDef;
import dev.storium.schema.TableDef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sequences where the database has them (PostgreSQL, MariaDB, H2), next to a table whose serial column has a sequence
 * of its own that must never be read as one of the schema's: created, altered (the value reached is kept), dropped;
 * changed by hand and undone by push; refused on SQLite.
 */
class SequenceTest {
    private static final TableDef USERS = defineTable("users")
            .columns(column("id", SERIAL).primaryKey(), column("email", VARCHAR).maxLength(100))
            .timestamps(false);

    @TempDir
    Path project;

    private static SchemaDefinition schema(SequenceDef... sequences) {
        return SchemaDefinition.of(List.of(USERS), List.of()).withSequences(List.of(sequences));
    }

    private static long next(Evolution db, String sequence) throws Exception {
        String sql = db.dialect() == Dialect.POSTGRESQL
                ? "SELECT nextval('" + sequence + "')"
                : "SELECT NEXT VALUE FOR " + db.q(sequence);
        return Long.parseLong(db.strings(sql).get(0));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MYSQL", "MEMORY"})
    void sequencesAreCreatedAlteredKeepingTheirValueAndDropped(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "sequences", project)) {
            String create =
                    db.step("v1 create", schema(defineSequence("order_numbers").startWith(1000)), false);
            assertThat(create).contains("CREATE SEQUENCE " + db.q("order_numbers") + " START WITH 1000 INCREMENT BY 1");
            db.execute("INSERT INTO " + db.q("users") + " (" + db.q("email") + ") VALUES ('ada@x')");
            assertThat(next(db, "order_numbers")).isEqualTo(1000);
            assertThat(next(db, "order_numbers")).isEqualTo(1001);

            String alter = db.step(
                    "v2 increment by 5",
                    schema(defineSequence("order_numbers").startWith(1000).incrementBy(5)),
                    false);
            assertThat(alter.strip()).isEqualTo("ALTER SEQUENCE " + db.q("order_numbers") + " INCREMENT BY 5;");
            assertThat(next(db, "order_numbers"))
                    .as("the value reached is kept")
                    .isGreaterThan(1001);

            String start = db.step(
                    "v3 another start and a second sequence",
                    schema(
                            defineSequence("order_numbers").startWith(2000).incrementBy(5),
                            defineSequence("invoice_numbers")),
                    false);
            assertThat(start)
                    .contains("ALTER SEQUENCE " + db.q("order_numbers") + " START WITH 2000")
                    .contains("CREATE SEQUENCE " + db.q("invoice_numbers") + " START WITH 1 INCREMENT BY 1");
            assertThat(next(db, "invoice_numbers")).isEqualTo(1);

            GenerateResult refused =
                    Storium.generate(db.config(), schema(defineSequence("invoice_numbers")), GenerateOptions.DEFAULTS);
            assertThat(refused.success()).isFalse();
            assertThat(refused.message()).contains("drop sequence order_numbers: the value it has reached is lost");
            String drop = db.step("v4 drop one, accepting the loss", schema(defineSequence("invoice_numbers")), true);
            assertThat(drop.strip()).isEqualTo("DROP SEQUENCE " + db.q("order_numbers") + ";");
            assertThat(db.strings("SELECT " + db.q("email") + " FROM " + db.q("users")))
                    .containsExactly("ada@x");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MYSQL", "MEMORY"})
    void aSequenceDroppedAlteredOrAddedByHandIsDriftThatPushUndoes(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "sequence_drift", project)) {
            SchemaDefinition schema = schema(defineSequence("order_numbers").startWith(1000));
            db.step("v1", schema, false);

            db.execute("DROP SEQUENCE " + db.q("order_numbers"));
            assertThat(db.drift(schema)).singleElement().isInstanceOf(SchemaChange.CreateSequence.class);
            push(db, schema);

            db.execute("ALTER SEQUENCE " + db.q("order_numbers") + " INCREMENT BY 3");
            assertThat(db.drift(schema))
                    .extracting(SchemaChange::describe)
                    .containsExactly("alter sequence order_numbers");
            push(db, schema);

            db.execute("CREATE SEQUENCE " + db.q("by_hand"));
            assertThat(db.drift(schema)).extracting(SchemaChange::describe).containsExactly("drop sequence by_hand");
            assertThat(Push.run(db.config(), schema, PushOptions.DEFAULTS).success())
                    .as("dropping a sequence loses the value it reached: push wants force")
                    .isFalse();
            PushResult forced = Push.run(db.config(), schema, new PushOptions(true, false));
            assertThat(forced.success()).as(forced.message()).isTrue();
            db.assertInSync("after forced push", schema);

            if (dialect == Dialect.POSTGRESQL) {
                db.execute("CREATE TABLE by_hand_serial (id bigserial)");
                assertThat(db.drift(schema))
                        .as("a serial column's own sequence is no sequence of the schema")
                        .extracting(SchemaChange::describe)
                        .containsExactly("drop table by_hand_serial");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"SQLITE"})
    void aSequenceIsRefusedWhereTheDatabaseHasNone(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "sequence_refused", project)) {
            SchemaDefinition schema = schema(defineSequence("order_numbers"));
            GenerateResult generated = Storium.generate(db.config(), schema, GenerateOptions.DEFAULTS);
            assertThat(generated.success()).isFalse();
            assertThat(generated.error().code()).isEqualTo(ErrorCode.UNSUPPORTED);
            assertThat(generated.message())
                    .isEqualTo("Sequence order_numbers cannot be kept: sqlite has no sequences (postgresql, mariadb"
                            + " and memory (H2) have). Remove the sequence from the schema; for numbers that count"
                            + " up, give a table a serial column (INTEGER PRIMARY KEY AUTOINCREMENT) and insert a row"
                            + " for each number.");
            assertThatThrownBy(() -> Push.run(db.config(), schema, PushOptions.DEFAULTS))
                    .isInstanceOfSatisfying(
                            StoriumException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED));
            assertThat(db.drift(SchemaDefinition.of(List.of())))
                    .as("nothing was created")
                    .isEmpty();
        }
    }

    private static void push(Evolution db, SchemaDefinition schema) throws Exception {
        PushResult push = Push.run(db.config(), schema, PushOptions.DEFAULTS);
        assertThat(push.success()).as(push.message()).isTrue();
        assertThat(push.statements()).isNotEmpty();
        db.assertInSync("after push", schema);
    }
}
