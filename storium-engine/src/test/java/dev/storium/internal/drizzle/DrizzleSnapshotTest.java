package dev.storium.internal.drizzle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.internal.model.CheckConstraint;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.DefaultValue;
import dev.storium.internal.model.EnumType;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Generated;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.Sequence;
import dev.storium.internal.model.Table;
import dev.storium.internal.model.View;
import dev.storium.schema.ColumnType;
import dev.storium.schema.FkAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** drizzle-kit snapshots, as drizzle-kit writes them, converted into the model: a pure function of the JSON. */
class DrizzleSnapshotTest {
    @TempDir
    Path dir;

    private DrizzleSnapshot.Converted convert(Dialect dialect, String json) throws Exception {
        Path file = dir.resolve("0003_snapshot.json");
        Files.writeString(file, json.replace('`', '"'));
        return DrizzleSnapshot.read(file, "meta/0003_snapshot.json", dialect);
    }

    private static final String PG_HEAD = "{`id`: `6f0a7b4e-3c1d-4d0e-9a57-0d1c7a1e2b3c`,"
            + " `prevId`: `00000000-0000-0000-0000-000000000000`, `version`: `7`, `dialect`: `postgresql`,";

    @Test
    void postgresqlTablesWithEveryConstructTheModelHolds() throws Exception {
        DrizzleSnapshot.Converted converted = convert(
                Dialect.POSTGRESQL,
                PG_HEAD + "`tables`: {`public.orders`: {`name`: `orders`, `schema`: ``, `columns`: {"
                        + "`id`: {`name`: `id`, `type`: `integer`, `primaryKey`: true, `notNull`: true,"
                        + " `identity`: {`type`: `byDefault`, `name`: `orders_id_seq`, `schema`: `public`}},"
                        + "`ref`: {`name`: `ref`, `type`: `uuid`, `primaryKey`: false, `notNull`: true,"
                        + " `default`: `gen_random_uuid()`},"
                        + "`placed_at`: {`name`: `placed_at`, `type`: `timestamp with time zone`, `primaryKey`:"
                        + " false, `notNull`: true, `default`: `now()`},"
                        + "`total`: {`name`: `total`, `type`: `numeric(10, 2)`, `primaryKey`: false, `notNull`:"
                        + " true, `default`: `'0'`},"
                        + "`paid`: {`name`: `paid`, `type`: `boolean`, `primaryKey`: false, `notNull`: true,"
                        + " `default`: false},"
                        + "`note`: {`name`: `note`, `type`: `varchar(200)`, `primaryKey`: false, `notNull`: false,"
                        + " `default`: `'it''s'`},"
                        + "`tags`: {`name`: `tags`, `type`: `text[]`, `primaryKey`: false, `notNull`: false},"
                        + "`state`: {`name`: `state`, `type`: `order_state`, `typeSchema`: `public`, `primaryKey`:"
                        + " false, `notNull`: true, `default`: `'open'`},"
                        + "`doubled`: {`name`: `doubled`, `type`: `numeric(10, 2)`, `primaryKey`: false, `notNull`:"
                        + " false, `generated`: {`type`: `stored`, `as`: `total * 2`}},"
                        + "`search`: {`name`: `search`, `type`: `tsvector`, `primaryKey`: false, `notNull`: false}},"
                        + "`indexes`: {`orders_placed_idx`: {`name`: `orders_placed_idx`, `columns`: [{`expression`:"
                        + " `placed_at`, `isExpression`: false, `asc`: false, `nulls`: `first`}], `isUnique`: false,"
                        + " `concurrently`: false, `method`: `btree`, `with`: {}, `where`: `paid = false`},"
                        + "`orders_lower_note_idx`: {`name`: `orders_lower_note_idx`, `columns`: [{`expression`:"
                        + " `lower(note)`, `isExpression`: true, `asc`: true, `nulls`: `last`}], `isUnique`: true,"
                        + " `concurrently`: false, `method`: `btree`, `with`: {}},"
                        + "`orders_note_prefix_idx`: {`name`: `orders_note_prefix_idx`, `columns`: [{`expression`:"
                        + " `note`, `isExpression`: false, `asc`: true, `nulls`: `first`, `opclass`:"
                        + " `text_pattern_ops`}], `isUnique`: false, `concurrently`: false, `method`: `btree`,"
                        + " `with`: {}}},"
                        + "`foreignKeys`: {}, `compositePrimaryKeys`: {}, `uniqueConstraints`: {`orders_ref_unique`:"
                        + " {`name`: `orders_ref_unique`, `columns`: [`ref`], `nullsNotDistinct`: false}},"
                        + "`policies`: {}, `checkConstraints`: {`orders_total_check`: {`name`: `orders_total_check`,"
                        + " `value`: `total >= 0`}}, `isRLSEnabled`: false},"
                        + "`public.lines`: {`name`: `lines`, `schema`: ``, `columns`: {"
                        + "`order_id`: {`name`: `order_id`, `type`: `integer`, `primaryKey`: false, `notNull`: true},"
                        + "`line_no`: {`name`: `line_no`, `type`: `smallint`, `primaryKey`: false, `notNull`: true}},"
                        + "`indexes`: {}, `foreignKeys`: {`lines_order_id_orders_id_fk`: {`name`:"
                        + " `lines_order_id_orders_id_fk`, `tableFrom`: `lines`, `tableTo`: `orders`, `schemaTo`:"
                        + " `public`, `columnsFrom`: [`order_id`], `columnsTo`: [`id`], `onDelete`: `set null`,"
                        + " `onUpdate`: `cascade`}}, `compositePrimaryKeys`: {`lines_order_id_line_no_pk`: {`name`:"
                        + " `lines_order_id_line_no_pk`, `columns`: [`order_id`, `line_no`]}}, `uniqueConstraints`:"
                        + " {}, `policies`: {}, `checkConstraints`: {}, `isRLSEnabled`: false}},"
                        + "`enums`: {`public.order_state`: {`name`: `order_state`, `schema`: `public`, `values`:"
                        + " [`open`, `paid`]}}, `schemas`: {},"
                        + "`sequences`: {`public.invoice_no`: {`name`: `invoice_no`, `schema`: `public`,"
                        + " `increment`: `1`, `startWith`: `1000`, `minValue`: `1`, `maxValue`: `9999999`,"
                        + " `cache`: `1`, `cycle`: false}},"
                        + "`views`: {`public.open_orders`: {`name`: `open_orders`, `schema`: `public`, `columns`:"
                        + " {}, `definition`: `select id from orders where paid = false`, `materialized`: false,"
                        + " `isExisting`: false}},"
                        + "`roles`: {}, `policies`: {}, `_meta`: {`schemas`: {}, `tables`: {}, `columns`: {}}}");

        assertThat(converted.problems()).isEmpty();
        assertThat(converted.id()).isEqualTo(UUID.fromString("6f0a7b4e-3c1d-4d0e-9a57-0d1c7a1e2b3c"));
        assertThat(converted.warnings())
                .containsExactly("meta/0003_snapshot.json: table orders, column search: type tsvector has no Storium"
                        + " column type and becomes a custom one (column(\"...\", CUSTOM).sqlType(Dialect.POSTGRESQL,"
                        + " \"tsvector\") in the code)");
        Table orders = converted.model().tables().get("orders");
        assertThat(orders.primaryKey()).containsExactly("id");
        assertThat(orders.columns())
                .containsExactly(
                        new Column("id", ColumnType.SERIAL, null, null, null, null, true, null, null),
                        new Column(
                                "ref", ColumnType.UUID, null, null, null, null, true, DefaultValue.randomUuid(), null),
                        new Column(
                                "placed_at",
                                ColumnType.TIMESTAMP,
                                null,
                                null,
                                null,
                                null,
                                true,
                                DefaultValue.now(),
                                null),
                        new Column(
                                "total", ColumnType.NUMERIC, null, 10, 2, null, true, DefaultValue.literal("0"), null),
                        new Column(
                                "paid",
                                ColumnType.BOOLEAN,
                                null,
                                null,
                                null,
                                null,
                                true,
                                DefaultValue.literal("false"),
                                null),
                        new Column(
                                "note",
                                ColumnType.VARCHAR,
                                200,
                                null,
                                null,
                                null,
                                false,
                                DefaultValue.literal("it's"),
                                null),
                        new Column("tags", ColumnType.ARRAY, null, null, null, ColumnType.TEXT, false, null, null),
                        new Column(
                                "state",
                                ColumnType.ENUM,
                                null,
                                null,
                                null,
                                null,
                                false,
                                null,
                                true,
                                DefaultValue.literal("open"),
                                null,
                                null,
                                new EnumType("order_state", List.of("open", "paid"))),
                        new Column("doubled", ColumnType.NUMERIC, null, 10, 2, null, false, null, null)
                                .withGenerated(Generated.of("total * 2", true)),
                        new Column(
                                "search",
                                ColumnType.CUSTOM,
                                null,
                                null,
                                null,
                                null,
                                false,
                                null,
                                false,
                                null,
                                null,
                                null,
                                null,
                                java.util.Map.of("postgresql", "tsvector"),
                                null));
        assertThat(orders.indexes())
                .containsExactly(
                        Index.uniqueConstraint("orders_ref_unique", List.of("ref")),
                        new Index(
                                "orders_placed_idx",
                                List.of("placed_at"),
                                false,
                                "paid = false",
                                false,
                                List.of(true),
                                null,
                                List.of(),
                                List.of()),
                        new Index(
                                "orders_lower_note_idx",
                                List.of(),
                                true,
                                null,
                                false,
                                List.of(),
                                null,
                                List.of(),
                                List.of("lower(note)")),
                        new Index(
                                "orders_note_prefix_idx",
                                List.of("note"),
                                false,
                                null,
                                false,
                                List.of(),
                                null,
                                List.of(),
                                List.of(),
                                List.of("text_pattern_ops"),
                                List.of("first")));
        assertThat(orders.checks()).containsExactly(new CheckConstraint("orders_total_check", "total >= 0"));
        Table lines = converted.model().tables().get("lines");
        assertThat(lines.primaryKey()).containsExactly("order_id", "line_no");
        assertThat(lines.foreignKeys())
                .containsExactly(new ForeignKey(
                        "lines_order_id_orders_id_fk",
                        List.of("order_id"),
                        "orders",
                        List.of("id"),
                        FkAction.SET_NULL,
                        FkAction.CASCADE));
        assertThat(converted.model().sequences()).containsValue(new Sequence("invoice_no", 1000, 1));
        assertThat(converted.model().views())
                .containsValue(new View("open_orders", "select id from orders where paid = false", List.of(), false));
    }

    @Test
    void whatTheModelCannotHoldIsNamedNeverDropped() throws Exception {
        DrizzleSnapshot.Converted converted = convert(
                Dialect.POSTGRESQL,
                PG_HEAD + "`tables`: {`audit.events`: {`name`: `events`, `schema`: `audit`, `columns`: {},"
                        + " `indexes`: {}, `foreignKeys`: {}, `compositePrimaryKeys`: {}, `uniqueConstraints`: {}},"
                        + "`public.users`: {`name`: `users`, `schema`: ``, `columns`: {`seen`: {`name`: `seen`,"
                        + " `type`: `date`, `primaryKey`: false, `notNull`: true, `default`: `current_date + 1`}},"
                        + " `indexes`: {}, `foreignKeys`: {}, `compositePrimaryKeys`: {}, `uniqueConstraints`: {},"
                        + " `policies`: {`users_own`: {`name`: `users_own`}}, `isRLSEnabled`: true}},"
                        + "`enums`: {}, `schemas`: {`audit`: `audit`}, `roles`: {`reader`: {`name`: `reader`}}}");

        assertThat(converted.problems())
                .containsExactly(
                        "meta/0003_snapshot.json: table events is in schema audit; Storium's model holds the tables"
                                + " of one schema",
                        "meta/0003_snapshot.json: table users, column seen: its default current_date + 1 is an"
                                + " expression Storium's model cannot hold (it holds the current time, a random UUID"
                                + " and literals)");
        assertThat(converted.warnings())
                .containsExactly(
                        "meta/0003_snapshot.json: table users has row-level security or policies, which Storium's"
                                + " model does not hold; the database keeps them and Storium leaves them alone",
                        "meta/0003_snapshot.json: the role reader is not part of Storium's model; the database keeps"
                                + " it and Storium leaves it alone");
    }

    @Test
    void anOlderSnapshotVersionIsRefusedWithTheUpgrade() throws Exception {
        DrizzleSnapshot.Converted converted = convert(
                Dialect.POSTGRESQL,
                "{`id`: `6f0a7b4e-3c1d-4d0e-9a57-0d1c7a1e2b3c`, `prevId`: `00000000-0000-0000-0000-000000000000`,"
                        + " `version`: `6`, `dialect`: `postgresql`, `tables`: {}}");

        assertThat(converted.problems())
                .containsExactly("meta/0003_snapshot.json is a drizzle-kit snapshot of version '6' for 'postgresql';"
                        + " adopt reads version 7 for postgresql (run npx drizzle-kit up to upgrade the folder)");
    }

    @Test
    void mysqlEnumsUnsignedChecksAndAutoIncrement() throws Exception {
        DrizzleSnapshot.Converted converted = convert(
                Dialect.MYSQL,
                "{`version`: `5`, `dialect`: `mysql`, `id`: `6f0a7b4e-3c1d-4d0e-9a57-0d1c7a1e2b3c`, `prevId`:"
                        + " `00000000-0000-0000-0000-000000000000`, `tables`: {`posts`: {`name`: `posts`, `columns`: {"
                        + "`id`: {`name`: `id`, `type`: `serial`, `primaryKey`: false, `notNull`: true,"
                        + " `autoincrement`: true},"
                        + "`views`: {`name`: `views`, `type`: `int unsigned`, `primaryKey`: false, `notNull`: true,"
                        + " `autoincrement`: false, `default`: 0},"
                        + "`status`: {`name`: `status`, `type`: `enum('draft','it''s out')`, `primaryKey`: false,"
                        + " `notNull`: true, `autoincrement`: false, `default`: `'draft'`},"
                        + "`at`: {`name`: `at`, `type`: `timestamp(3)`, `primaryKey`: false, `notNull`: false,"
                        + " `autoincrement`: false, `default`: `(now())`}},"
                        + "`indexes`: {}, `foreignKeys`: {}, `compositePrimaryKeys`: {`posts_id`: {`name`:"
                        + " `posts_id`, `columns`: [`id`]}}, `uniqueConstraints`: {}, `checkConstraint`:"
                        + " {`posts_views_check`: {`name`: `posts_views_check`, `value`: `views < 1000000`}}}},"
                        + "`views`: {}, `_meta`: {`tables`: {}, `columns`: {}}, `internal`: {}}");

        assertThat(converted.problems()).isEmpty();
        Table posts = converted.model().tables().get("posts");
        assertThat(posts.primaryKey()).containsExactly("id");
        assertThat(posts.columns().get(0).type()).isEqualTo(ColumnType.SERIAL);
        assertThat(posts.columns().get(1))
                .isEqualTo(new Column(
                        "views",
                        ColumnType.INTEGER,
                        null,
                        null,
                        null,
                        null,
                        true,
                        null,
                        true,
                        DefaultValue.literal("0"),
                        null,
                        null));
        assertThat(posts.columns().get(2).enumType())
                .isEqualTo(new EnumType("posts_status", List.of("draft", "it's out")));
        assertThat(posts.columns().get(3).defaultValue()).isEqualTo(DefaultValue.now());
        assertThat(posts.checks()).containsExactly(new CheckConstraint("posts_views_check", "views < 1000000"));
        assertThat(converted.warnings())
                .containsExactly(
                        "meta/0003_snapshot.json: table posts, column status: MySQL's enum has no name; it is named"
                                + " posts_status in the converted snapshot, so define it as"
                                + " defineEnum(\"posts_status\", ...) in the code",
                        "meta/0003_snapshot.json: table posts, column at: its precision (3) is not part of Storium's"
                                + " model; the database keeps it");
    }

    @Test
    void sqliteLengthsBlobsAndCurrentTimestamp() throws Exception {
        DrizzleSnapshot.Converted converted = convert(
                Dialect.SQLITE,
                "{`version`: `6`, `dialect`: `sqlite`, `id`: `6f0a7b4e-3c1d-4d0e-9a57-0d1c7a1e2b3c`, `prevId`:"
                        + " `00000000-0000-0000-0000-000000000000`, `tables`: {`files`: {`name`: `files`, `columns`: {"
                        + "`name`: {`name`: `name`, `type`: `text(256)`, `primaryKey`: true, `notNull`: true,"
                        + " `autoincrement`: false},"
                        + "`body`: {`name`: `body`, `type`: `blob`, `primaryKey`: false, `notNull`: false,"
                        + " `autoincrement`: false},"
                        + "`at`: {`name`: `at`, `type`: `text`, `primaryKey`: false, `notNull`: true,"
                        + " `autoincrement`: false, `default`: `(CURRENT_TIMESTAMP)`}},"
                        + "`indexes`: {}, `foreignKeys`: {}, `compositePrimaryKeys`: {}, `uniqueConstraints`: {},"
                        + " `checkConstraints`: {}}}, `views`: {}, `enums`: {}, `_meta`: {`tables`: {}, `columns`:"
                        + " {}}, `internal`: {}}");

        assertThat(converted.problems()).isEmpty();
        assertThat(converted.warnings()).isEmpty();
        Table files = converted.model().tables().get("files");
        assertThat(files.primaryKey()).containsExactly("name");
        assertThat(files.columns().get(0).type()).isEqualTo(ColumnType.VARCHAR);
        assertThat(files.columns().get(0).length()).isEqualTo(256);
        assertThat(files.columns().get(1).type()).isEqualTo(ColumnType.BINARY);
        assertThat(files.columns().get(2).defaultValue()).isEqualTo(DefaultValue.now());
    }
}
