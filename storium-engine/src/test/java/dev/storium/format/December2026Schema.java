package dev.storium.format;

import static dev.storium.schema.ColumnType.ARRAY;
import static dev.storium.schema.ColumnType.BIGINT;
import static dev.storium.schema.ColumnType.BOOLEAN;
import static dev.storium.schema.ColumnType.DATE;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.JSONB;
import static dev.storium.schema.ColumnType.NUMERIC;
import static dev.storium.schema.ColumnType.REAL;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.TIMESTAMP;
import static dev.storium.schema.ColumnType.UUID;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.index;

import dev.storium.config.Dialect;
import dev.storium.schema.ColumnDef;
import dev.storium.schema.FkAction;
import dev.storium.schema.IndexDef;
import dev.storium.schema.TableDef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema of the migrations folders under {@code src/test/resources/format/2026-12}, as the DSL of December 2026
 * wrote it: every column type, every kind of default, the automatic timestamps, unique, composite and partial
 * indexes, foreign-key actions, a composite primary key, and a second version with a rename hint. FROZEN: those folders
 * were generated from these definitions, and {@link FormatRoundTripTest} proves that a later Storium still reads them
 * as "nothing to generate". Never edit this class; a new construct gets a fixture of its own.
 */
final class December2026Schema {
    private December2026Schema() {}

    /** The first migration's tables. */
    static List<TableDef> v1(Dialect dialect) {
        TableDef owners = owners();
        return List.of(owners, things(dialect, owners, false));
    }

    /** The second migration's tables: a renamed column, a new column and a new table with a composite key. */
    static List<TableDef> v2(Dialect dialect) {
        TableDef owners = owners();
        TableDef things = things(dialect, owners, true);
        TableDef tags = defineTable("thing_tags")
                .columns(
                        column("thingId", INTEGER)
                                .notNull()
                                .references(things, "id")
                                .onDelete(FkAction.CASCADE),
                        column("tag", VARCHAR).maxLength(40).notNull(),
                        column("meta", JSONB))
                .primaryKey("thingId", "tag");
        return List.of(owners, things, tags);
    }

    private static TableDef owners() {
        return defineTable("owners")
                .columns(
                        column("id", UUID).primaryKey().defaultRandomUuid(),
                        column("code", VARCHAR).maxLength(36).notNull(),
                        column("fullName", VARCHAR).maxLength(200).dbName("display_name"))
                .indexes(index("code").unique());
    }

    private static TableDef things(Dialect dialect, TableDef owners, boolean second) {
        List<IndexDef> indexes = new ArrayList<>();
        indexes.add(index("flag", "rank"));
        indexes.add(index(second ? "title" : "label").unique().name("things_label_key"));
        if (dialect == Dialect.POSTGRESQL || dialect == Dialect.SQLITE) {
            indexes.add(index("status").name("things_drafts_idx").where("status = 'draft' and rank > 0"));
        }
        List<ColumnDef> columns = new ArrayList<>(List.of(
                column("id", SERIAL).primaryKey(),
                column("ownerId", UUID)
                        .references(owners, "id")
                        .onDelete(FkAction.SET_NULL)
                        .onUpdate(FkAction.CASCADE),
                second ? column("title", VARCHAR).renamedFrom("label") : column("label", VARCHAR),
                column("note", TEXT).defaultValue("it's \\ quoted"),
                column("status", VARCHAR).maxLength(20).notNull().defaultValue("draft"),
                column("rank", INTEGER).notNull().defaultValue(-1),
                column("big", BIGINT).defaultValue(9000000000L),
                column("ratio", REAL).defaultValue(1.5),
                column("amount", NUMERIC),
                column("whole", NUMERIC).precision(12),
                column("price", NUMERIC).precision(10, 2).defaultValue(new BigDecimal("0.50")),
                column("flag", BOOLEAN).notNull().defaultValue(true),
                column("off", BOOLEAN).defaultValue(false),
                column("day", DATE).defaultNow(),
                column("seen", TIMESTAMP),
                column("data", JSONB),
                column("numbers", ARRAY).items(INTEGER),
                column("words", ARRAY).items(VARCHAR),
                column("ownerCode", VARCHAR)
                        .maxLength(36)
                        .references(owners, "code")
                        .onDelete(FkAction.RESTRICT)));
        if (second) {
            columns.add(column("extra", TEXT));
        }
        return defineTable("things")
                .columns(columns.toArray(new ColumnDef[0]))
                .indexes(indexes.toArray(new IndexDef[0]))
                .timestamps(false);
    }
}
