package dev.storium.schema;

import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.foreignKey;
import static dev.storium.schema.Schema.index;
import static dev.storium.schema.Schema.indexOn;
import static dev.storium.schema.Schema.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.Models;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/** Unique constraints and index options as the DSL resolves them, and each definition error's message. */
class IndexDefinitionTest {
    private static final ColumnDef ID = column("id", SERIAL).primaryKey();

    private static NamedTable t() {
        return defineTable("t");
    }

    private static TableDef table(IndexDef... indexes) {
        return t().columns(
                        ID,
                        column("email", VARCHAR).maxLength(100),
                        column("code", VARCHAR).maxLength(10),
                        column("views", INTEGER))
                .timestamps(false)
                .indexes(indexes);
    }

    private static TableDef table(UniqueDef... uniques) {
        return table(new IndexDef[0]).uniques(uniques);
    }

    private static void broken(ThrowingSupplier<?> definition, String message) {
        StoriumException e = catchThrowableOfType(StoriumException.class, definition::get);
        assertThat(e).as("definition should fail").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    private static Index model(TableDef table, String name) {
        return Models.fromDefinitions(List.of(table)).table("t").orElseThrow().indexes().stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aUniqueConstraintIsAConstraintNamedAfterItsColumns() {
        TableDef table = table(unique("code", "email"), unique("views").name("t_views_key"));

        assertThat(model(table, "t_code_email_unique"))
                .isEqualTo(Index.uniqueConstraint("t_code_email_unique", List.of("code", "email")));
        assertThat(model(table, "t_views_key").constraint()).isTrue();
        assertThat(table.getUniqueKeys()).hasSize(2);
        assertThat(model(table(index("code").unique()), "t_code_unique").constraint())
                .isFalse();
    }

    @Test
    void indexOptionsReachTheModel() {
        TableDef table = table(
                index("email", "views").desc("views").using("BTREE"),
                index("code").using("hash").include("views"),
                indexOn(" lower(email) ", "views").desc().name("t_email_lower_idx"));

        Index sorted = model(table, "t_email_views_idx");
        assertThat(sorted.descending()).containsExactly(false, true);
        assertThat(sorted.method()).isNull();
        Index hashed = model(table, "t_code_idx");
        assertThat(hashed.method()).isEqualTo("hash");
        assertThat(hashed.include()).containsExactly("views");
        Index expressions = model(table, "t_email_lower_idx");
        assertThat(expressions.columns()).isEmpty();
        assertThat(expressions.expressions()).containsExactly("lower(email)", "views");
        assertThat(expressions.descending()).containsExactly(true, true);
        assertThat(model(table(index("code").desc("code").desc()), "t_code_idx").descending())
                .containsExactly(true);
    }

    @Test
    void aForeignKeyMayReferenceAUniqueConstraint() {
        TableDef owners = table(unique("code"));
        TableDef pets = defineTable("pets")
                .columns(ID, column("ownerCode", VARCHAR).maxLength(10))
                .timestamps(false)
                .foreignKeys(foreignKey("ownerCode").references(owners, "code"));
        assertThat(Models.fromDefinitions(List.of(owners, pets))
                        .table("pets")
                        .orElseThrow()
                        .foreignKeys()
                        .get(0)
                        .refColumns())
                .containsExactly("code");
    }

    @Test
    void brokenUniqueConstraints() {
        broken(
                () -> table(unique()),
                "Table t: a unique constraint has no columns. Fix: name its columns by key: unique(\"email\").");
        broken(
                () -> table(unique("emial")),
                "Table t, column emial: unique(emial) names an unknown column; the column keys are id, email, code,"
                        + " views. Fix: use one of those keys (DSL keys, not database names).");
        broken(
                () -> table(unique("code", "code")),
                "Table t, column code: unique(code, code) names the column twice. Fix: name each column once.");
        broken(
                () -> table(unique("code").name("my key")),
                "Table t: the unique constraint name \"my key\" is not a valid name: expected 1 to 63 characters from"
                        + " A-Z, a-z, 0-9 and _. Fix: rename the unique constraint using only letters, digits and"
                        + " underscores.");
        broken(
                () -> table(index("code").unique()).uniques(unique("code")),
                "Table t: a unique constraint has the name of another index or unique constraint, t_code_unique. Fix:"
                        + " give the unique constraint another name with unique(...).name(\"...\").");
    }

    @Test
    void brokenIndexOptions() {
        broken(
                () -> table(indexOn("lower(email)")),
                "Table t: indexOn(lower(email)) has no name. Fix: name an index on expressions:"
                        + " indexOn(\"lower(email)\").name(\"t_email_lower_idx\").");
        broken(
                () -> table(indexOn("lower(email").name("t_lower_idx")),
                "Table t: index t_lower_idx has an expression that is not one SQL expression (a '(' is not closed):"
                        + " lower(email. Fix: write one expression over the table's database column names, such as"
                        + " \"lower(email)\".");
        broken(
                () -> table(indexOn(" ").name("t_blank_idx")),
                "Table t: index t_blank_idx has an expression that is not one SQL expression (it is empty):  . Fix:"
                        + " write one expression over the table's database column names, such as \"lower(email)\".");
        broken(
                () -> table(index("code").using("bitmap")),
                "Table t: index t_code_idx uses the unknown method \"bitmap\". Fix: use one of btree, hash, gin, gist,"
                        + " brin, spgist, fulltext, spatial in using(...), or leave using(...) out for a b-tree.");
        broken(
                () -> table(index("code").unique().using("hash")),
                "Table t: index t_code_unique is unique but uses the method hash, and only a b-tree index can be"
                        + " unique. Fix: remove unique() or using(\"hash\").");
        broken(
                () -> table(index("code").desc("email")),
                "Table t: index t_code_idx sorts email descending, which is not one of its columns (code). Fix: name"
                        + " in desc(...) only the index's own columns, by DSL key.");
        broken(
                () -> table(indexOn("lower(email)").desc("email").name("t_e_idx")),
                "Table t: index t_e_idx names columns in desc(...), but it is on expressions. Fix: write desc()"
                        + " without keys to sort every expression descending.");
        broken(
                () -> table(index("code").include("code")),
                "Table t, column code: index t_code_idx both indexes and includes the column. Fix: name the column in"
                        + " index(...) or in include(...), not both.");
        broken(
                () -> table(index("code").include("nope")),
                "Table t, column nope: include(nope) names an unknown column; the column keys are id, email, code,"
                        + " views. Fix: use one of those keys (DSL keys, not database names).");
        broken(
                () -> table(index("email").using("fulltext").desc()),
                "Table t: index t_email_idx is a fulltext index with where(...), desc(...) or include(...), which a"
                        + " fulltext index cannot have. Fix: remove those options from the fulltext index.");
        broken(
                () -> table(index("code").opclass("name", "text_pattern_ops")),
                "Table t: index t_code_idx names name in opclass(...), which is not one of its key parts (code). Fix:"
                        + " name in opclass(...) one of the index's own columns by DSL key, or one of its expressions"
                        + " as written.");
        broken(
                () -> table(index("code").opclass("code", "text_pattern_ops; drop table t")),
                "Table t: index t_code_idx gives code the operator class \"text_pattern_ops; drop table t\", which is"
                        + " not a name. Fix: give the operator class by its name, such as \"text_pattern_ops\""
                        + " (optionally schema.name).");
        broken(
                () -> table(indexOn("lower(code)").name("t_lower").nullsFirst("code")),
                "Table t: index t_lower names columns in nullsFirst(...), but it is on expressions. Fix: write it"
                        + " without keys to order the nulls of every expression.");
        broken(
                () -> table(index("code").using("spatial").where("code > 0")),
                "Table t: index t_code_idx is a spatial index with where(...), desc(...) or include(...), which a"
                        + " spatial index cannot have. Fix: remove those options from the spatial index.");
    }
}
