package dev.storium.schema;

import static dev.storium.schema.ColumnType.DATE;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.FkAction.CASCADE;
import static dev.storium.schema.FkAction.SET_NULL;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.foreignKey;
import static dev.storium.schema.Schema.index;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Models;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

class ForeignKeyDefinitionTest {
    private static final TableDef SHIFTS = defineTable("shifts")
            .columns(column("workerId", INTEGER).notNull(), column("day", DATE).notNull(), column("note", TEXT))
            .primaryKey("workerId", "day")
            .timestamps(false);

    private static void broken(ThrowingSupplier<?> definition, String message) {
        StoriumException e = catchThrowableOfType(StoriumException.class, definition::get);
        assertThat(e).as("definition should fail").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    private static TableDef assignments(ForeignKeyDef key) {
        return defineTable("assignments")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("workerId", INTEGER).notNull(),
                        column("day", DATE).notNull(),
                        column("shiftDay", TEXT))
                .timestamps(false)
                .foreignKeys(key);
    }

    @Test
    void aCompositeKeyIsNamedFromItsColumnsAndKeepsItsActions() {
        TableDef table = assignments(foreignKey("workerId", "day")
                .references(SHIFTS, "workerId", "day")
                .onDelete(CASCADE));

        ForeignKeyMeta key = table.storium().foreignKeys().get(0);
        assertThat(key.name()).isEqualTo("assignments_worker_id_day_shifts_worker_id_day_fk");
        assertThat(key.dbColumns()).containsExactly("worker_id", "day");
        assertThat(key.refDbColumns()).containsExactly("worker_id", "day");
        assertThat(key.onDelete()).isEqualTo(CASCADE);
        assertThat(table.getReferences())
                .singleElement()
                .satisfies(fk -> assertThat(fk.getFields()).hasSize(2));
    }

    @Test
    void aKeyMayReferenceTheKeyColumnsInAnotherOrder() {
        TableDef table = assignments(foreignKey("day", "workerId").references(SHIFTS, "day", "workerId"));

        assertThat(table.storium().foreignKeys()).hasSize(1);
    }

    @Test
    void twoTablesReferenceEachOtherWhenOneNamesTheOther() {
        TableDef teams = defineTable("teams")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("captainId", INTEGER).references("players", "id"))
                .timestamps(false);
        TableDef players = defineTable("players")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("teamId", INTEGER).references(teams, "id").foreignKeyName("fk_players_team"))
                .timestamps(false);

        List<ForeignKey> teamKeys = Models.fromDefinitions(List.of(teams, players))
                .table("teams")
                .orElseThrow()
                .foreignKeys();
        assertThat(teamKeys)
                .containsExactly(new ForeignKey(
                        "teams_captain_id_players_id_fk", List.of("captain_id"), "players", List.of("id"), null, null));
        assertThat(players.storium().foreignKeys().get(0).name()).isEqualTo("fk_players_team");
        assertThat(teams.getReferences())
                .as("no jOOQ key to a table known by name only")
                .isEmpty();
    }

    @Test
    void aKeyThatDoesNotFitIsRefusedWhereItIsWritten() {
        broken(
                () -> assignments(foreignKey("workerId").references(SHIFTS, "workerId", "day")),
                "Table assignments: foreignKey(workerId): the key has 1 column(s) but references 2. Fix: reference as"
                        + " many columns of shifts as the key has, in the same order.");
        broken(
                () -> assignments(foreignKey("workerId", "nope").references(SHIFTS, "workerId", "day")),
                "Table assignments: foreignKey(workerId, nope): the foreign key names an unknown column nope; the"
                        + " column keys are id, workerId, day, shiftDay. Fix: use one of those keys (DSL keys, not"
                        + " database names).");
        broken(
                () -> assignments(foreignKey("workerId", "shiftDay").references(SHIFTS, "workerId", "day")),
                "Table assignments: foreignKey(workerId, shiftDay): column shiftDay is text but the referenced"
                        + " shifts.day is date. Fix: give the column the referenced column's type.");
        broken(
                () -> assignments(foreignKey("workerId").references(SHIFTS, "workerId")),
                "Table assignments: foreignKey(workerId): the foreign key references shifts(workerId), which is"
                        + " neither the table's primary key nor covered by a unique index. Fix: reference the primary"
                        + " key, or add index(\"workerId\").unique() to shifts.");
        broken(
                () -> assignments(foreignKey("workerId", "day").references((TableDef) null, "workerId", "day")),
                "Table assignments: foreignKey(workerId, day) references no table, or a null one (a TableDef"
                        + " constant declared further down the class and not yet initialised). Fix: add"
                        + " .references(TABLE, \"key\"), declare the referenced table first, or name it:"
                        + " .references(\"table_name\", \"key\").");
        broken(
                () -> assignments(foreignKey("workerId", "day")
                        .references(SHIFTS, "workerId", "day")
                        .name("bad name")),
                "Table assignments: foreignKey(workerId, day): the foreign key name \"bad name\" is not a valid name:"
                        + " expected 1 to 63 characters from A-Z, a-z, 0-9 and _. Fix: name the key using only"
                        + " letters, digits and underscores.");
        broken(
                () -> assignments(foreignKey("workerId", "day")
                        .references(SHIFTS, "workerId", "day")
                        .onDelete(SET_NULL)),
                "Table assignments: foreignKey(workerId, day): the foreign key action is SET_NULL but column workerId"
                        + " is notNull. Fix: remove notNull() or choose another action (CASCADE, RESTRICT,"
                        + " NO_ACTION).");
        broken(
                () -> defineTable("t")
                        .columns(column("id", INTEGER).primaryKey().foreignKeyName("t_fk")),
                "Table t, column id: foreignKeyName(...) or deferral(...) is set but the column references no table. Fix:"
                        + " add references(TABLE, \"key\"), or remove them.");
    }

    @Test
    void aKeyToATableByNameIsCheckedWhenTheSchemaIsBuilt() {
        TableDef players = defineTable("players")
                .columns(column("id", SERIAL).primaryKey(), column("nick", TEXT))
                .timestamps(false);
        TableDef byName = defineTable("teams")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("captainId", INTEGER).references("players", "nick"))
                .timestamps(false);
        TableDef unknown = defineTable("teams")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("captainId", INTEGER).references("players", "uid"))
                .timestamps(false);

        broken(
                () -> Models.fromDefinitions(List.of(players, byName)),
                "Table teams, foreign key teams_captain_id_players_nick_fk: column captainId is integer but the"
                        + " referenced players.nick is text. Fix: give the column the referenced column's type.");
        broken(
                () -> Models.fromDefinitions(List.of(players, unknown)),
                "Table teams, foreign key teams_captain_id_players_uid_fk: it references column uid of table players,"
                        + " which has no such column; its column keys are id, nick. Fix: reference one of those keys"
                        + " (DSL keys, not database names).");
        broken(
                () -> Models.fromDefinitions(List.of(byName)),
                "Table teams, column captain_id: the foreign key teams_captain_id_players_nick_fk references table"
                        + " players, which is not among the schema's definitions. Fix: include the class that defines"
                        + " players in the schema setting.");
    }

    @Test
    void aForeignKeyNameIsSharedByTheWholeSchema() {
        TableDef a = defineTable("a")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("s", INTEGER).references("a", "id").foreignKeyName("same"))
                .timestamps(false);
        TableDef b = defineTable("b")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("s", INTEGER).references(a, "id").foreignKeyName("same"))
                .timestamps(false);

        broken(
                () -> Models.fromDefinitions(List.of(a, b)),
                "Table b: the foreign key same has the name of a foreign key of table a; constraint names are shared"
                        + " by the whole schema. Fix: give the key another name with foreignKeyName(\"...\") or"
                        + " foreignKey(...).name(\"...\").");
    }

    @Test
    void aUniqueIndexIsAKeyTarget() {
        TableDef codes = defineTable("codes")
                .columns(column("id", SERIAL).primaryKey(), column("a", INTEGER), column("b", INTEGER))
                .indexes(index("b", "a").unique())
                .timestamps(false);
        TableDef uses = defineTable("uses")
                .columns(column("id", SERIAL).primaryKey(), column("a", INTEGER), column("b", INTEGER))
                .foreignKeys(foreignKey("a", "b").references(codes, "a", "b"))
                .timestamps(false);

        assertThat(Models.fromDefinitions(List.of(codes, uses))
                        .table("uses")
                        .orElseThrow()
                        .foreignKeys())
                .hasSize(1);
    }
}
