package dev.storium.store;

import static dev.storium.schema.ColumnType.ARRAY;
import static dev.storium.schema.ColumnType.BINARY;
import static dev.storium.schema.ColumnType.BOOLEAN;
import static dev.storium.schema.ColumnType.CHAR;
import static dev.storium.schema.ColumnType.DATE;
import static dev.storium.schema.ColumnType.DATETIME;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.JSONB;
import static dev.storium.schema.ColumnType.NUMERIC;
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

import dev.storium.schema.TableDef;
import java.util.List;

/** The tables the store tests run on: every kind of column, a composite key, a serial key, a foreign key. */
public final class StoreTables {
    private StoreTables() {}

    public static final TableDef USERS = defineTable("users")
            .columns(
                    column("id", UUID).primaryKey().defaultRandomUuid(),
                    column("email", VARCHAR)
                            .maxLength(255)
                            .notNull()
                            .required()
                            .transform(v ->
                                    v instanceof String ? ((String) v).trim().toLowerCase() : v)
                            .validate((value, test) -> test.check(value, "is_email")),
                    column("name", VARCHAR).maxLength(20),
                    column("passwordHash", TEXT).hidden(),
                    column("age", INTEGER),
                    column("floor", SMALLINT),
                    column("score", NUMERIC).precision(10, 2),
                    column("active", BOOLEAN).notNull().defaultValue(true),
                    column("prefs", JSONB),
                    column("tags", ARRAY).items(TEXT),
                    column("birthday", DATE),
                    column("seenAt", TIMESTAMP),
                    column("avatar", BINARY),
                    column("bookedFor", DATETIME),
                    column("opensAt", TIME),
                    column("code", CHAR).length(3))
            .indexes(index("email").unique());

    static final TableDef MEMBERSHIPS = defineTable("memberships")
            .columns(
                    column("userId", UUID).references(USERS, "id"),
                    column("groupId", INTEGER),
                    column("role", VARCHAR).maxLength(20).required())
            .primaryKey("userId", "groupId")
            .timestamps(false);

    static final TableDef NOTES = defineTable("notes")
            .columns(
                    column("id", SERIAL).primaryKey(),
                    column("title", VARCHAR).maxLength(100).required(),
                    column("authorId", UUID).references(USERS, "id"));

    /** One column per assertion, for the validation tests. */
    static final TableDef CHECKED = defineTable("checked")
            .columns(
                    column("id", SERIAL).primaryKey(),
                    column("email", VARCHAR).maxLength(100).validate((v, test) -> test.check(v, "is_email")),
                    column("site", TEXT).validate((v, test) -> test.check(v, "is_url")),
                    column("amount", TEXT).validate((v, test) -> test.check(v, "is_numeric")),
                    column("token", TEXT).validate((v, test) -> test.check(v, "is_uuid")),
                    column("flag", JSONB).validate((v, test) -> test.check(v, "is_boolean")),
                    column("count", JSONB).validate((v, test) -> test.check(v, "is_integer")),
                    column("note", TEXT).validate((v, test) -> test.check(v, "not_empty")),
                    column("slug", VARCHAR).maxLength(50).validate((v, test) -> test.check(v, "is_slug")),
                    column("phone", TEXT).validate((v, test) -> test.check(v, "is_phone")),
                    column("word", TEXT).validate((v, test) -> {
                        test.check(v, "not_empty", "word cannot be blank");
                        test.require(v.toString().strip().length() > 1, "word needs two letters");
                    }),
                    column("flagged", BOOLEAN),
                    column("stamp", TIMESTAMP),
                    column("tags", ARRAY).items(INTEGER))
            .timestamps(false);

    public static final List<TableDef> ALL = List.of(USERS, MEMBERSHIPS, NOTES, CHECKED);

    /** A record the rows of {@link #USERS} map into. */
    record User(java.util.UUID id, String email, String name, Integer age, java.time.OffsetDateTime createdAt) {}
}
