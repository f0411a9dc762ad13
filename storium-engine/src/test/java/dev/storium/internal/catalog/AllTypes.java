package dev.storium.internal.catalog;

import static dev.storium.schema.ColumnType.ARRAY;
import static dev.storium.schema.ColumnType.BIGINT;
import static dev.storium.schema.ColumnType.BINARY;
import static dev.storium.schema.ColumnType.BOOLEAN;
import static dev.storium.schema.ColumnType.CHAR;
import static dev.storium.schema.ColumnType.DATE;
import static dev.storium.schema.ColumnType.DATETIME;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.JSONB;
import static dev.storium.schema.ColumnType.NUMERIC;
import static dev.storium.schema.ColumnType.REAL;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.SMALLINT;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.TIME;
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
import java.util.ArrayList;
import java.util.List;

/** A schema with every column type, every kind of default, foreign-key actions and, where the dialect has them, a partial index. */
final class AllTypes {
    private AllTypes() {}

    static TableDef owners() {
        return defineTable("owners")
                .columns(
                        column("id", UUID).primaryKey().defaultRandomUuid(),
                        column("code", VARCHAR).maxLength(36).notNull())
                .indexes(index("code").unique())
                .timestamps(false);
    }

    static List<TableDef> tables(Dialect dialect) {
        TableDef owners = owners();
        List<IndexDef> indexes = new ArrayList<>();
        indexes.add(index("flag", "rank"));
        indexes.add(index("label").unique().name("things_label_key"));
        if (dialect == Dialect.POSTGRESQL || dialect == Dialect.SQLITE) {
            indexes.add(index("status").name("things_drafts_idx").where("status = 'draft' and rank > 0"));
        }
        List<ColumnDef> columns = new ArrayList<>(List.of(
                column("id", SERIAL).primaryKey(),
                column("ownerId", UUID)
                        .references(owners, "id")
                        .onDelete(FkAction.SET_NULL)
                        .onUpdate(FkAction.CASCADE),
                column("label", VARCHAR),
                column("note", TEXT).defaultValue("it's \\ quoted"),
                column("status", VARCHAR).maxLength(20).notNull().defaultValue("draft"),
                column("rank", INTEGER).notNull().defaultValue(-1),
                column("big", BIGINT).defaultValue(9000000000L),
                column("small", SMALLINT).notNull().defaultValue(-7),
                column("shorts", ARRAY).items(SMALLINT),
                column("ratio", REAL).defaultValue(1.5),
                column("amount", NUMERIC),
                column("whole", NUMERIC).precision(12),
                column("price", NUMERIC).precision(10, 2).defaultValue(new java.math.BigDecimal("0.50")),
                column("flag", BOOLEAN).notNull().defaultValue(true),
                column("off", BOOLEAN).defaultValue(false),
                column("day", DATE).defaultNow(),
                column("seen", TIMESTAMP),
                column("data", JSONB),
                column("bytes", BINARY),
                column("localAt", DATETIME).notNull().defaultNow(),
                column("fixedAt", DATETIME).defaultValue("2024-01-31T12:30:00"),
                column("opensAt", TIME).notNull().defaultNow(),
                column("closesAt", TIME).defaultValue("18:30"),
                column("lunchAt", TIME),
                column("code", CHAR).length(3).notNull().defaultValue("ab"),
                column("grade", CHAR).length(1),
                column("picture", BINARY).notNull(),
                column("numbers", ARRAY).items(INTEGER),
                column("words", ARRAY).items(VARCHAR),
                // a foreign key to a unique index of a table created in the same push
                column("ownerCode", VARCHAR)
                        .maxLength(36)
                        .references(owners, "code")
                        .onDelete(FkAction.RESTRICT)));
        switch (dialect) {
            case POSTGRESQL:
                columns.add(column("sortKey", VARCHAR).maxLength(40).collation("C"));
                columns.add(column("memo", TEXT).collation("POSIX").defaultValue("x"));
                break;
            case MYSQL:
                columns.add(column("sortKey", VARCHAR).maxLength(40).collation("utf8mb4_bin"));
                // the table's own collation, which the catalog reports for every column
                columns.add(column("memo", TEXT).collation("utf8mb4_general_ci").defaultValue("x"));
                break;
            case SQLITE:
                columns.add(column("sortKey", VARCHAR).maxLength(40).collation("NOCASE"));
                columns.add(column("memo", TEXT).collation("RTRIM").defaultValue("x, COLLATE BINARY"));
                break;
            default:
                break; // H2 has no collation per column
        }
        if (dialect == Dialect.MYSQL) {
            // unsigned whole numbers exist on MySQL/MariaDB only
            columns.add(column("stock", INTEGER).unsigned().notNull().defaultValue(4294967295L));
            columns.add(column("shelf", SMALLINT).unsigned());
            columns.add(
                    column("total", BIGINT).unsigned().defaultValue(new java.math.BigInteger("18446744073709551615")));
        }
        TableDef things = defineTable("things")
                .columns(columns.toArray(new ColumnDef[0]))
                .indexes(indexes.toArray(new IndexDef[0]));
        return List.of(owners, things);
    }
}
