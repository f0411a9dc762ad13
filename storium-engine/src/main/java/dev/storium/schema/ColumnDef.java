package dev.storium.schema;

import dev.storium.config.Dialect;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One column as written in the DSL, started by {@link Schema#column(String, ColumnType)}. Each option returns a new
 * column; nothing is checked until the column is given to {@code columns(...)}, where every rule is checked with the
 * table's name at hand.
 */
public final class ColumnDef {
    final String key;
    final ColumnType type;
    String dbName;
    boolean primaryKey;
    boolean notNull;
    boolean required;
    boolean readonly;
    boolean hidden;
    Integer maxLength;
    Integer precision;
    Integer scale;
    ColumnType items;
    boolean unsigned;
    String collation;
    ColumnDefault defaultValue;
    String renamedFrom;
    Function<Object, Object> transform;
    Validator validator;
    TableDef refTable;
    String refTableName;
    String refColumn;
    FkAction onDelete;
    FkAction onUpdate;
    String check;
    String comment;
    String foreignKeyName;
    FkDeferral deferral;
    EnumDef enumType;
    Map<Dialect, String> sqlTypes = Map.of();
    String generatedAs;
    Map<Dialect, String> generatedBy = Map.of();
    Boolean stored;

    ColumnDef(String key, ColumnType type) {
        this.key = Objects.requireNonNull(key, "column key");
        this.type = Objects.requireNonNull(type, "column type");
    }

    /** Makes the column (part of) the primary key; such a column is NOT NULL and readonly. */
    public ColumnDef primaryKey() {
        return with(c -> c.primaryKey = true);
    }

    /** Declares the column NOT NULL in the database. */
    public ColumnDef notNull() {
        return with(c -> c.notNull = true);
    }

    /** Makes create() demand a value; an application-level check only, it does not declare NOT NULL. */
    public ColumnDef required() {
        return with(c -> c.required = true);
    }

    /** Makes create() and update() ignore input for this column. */
    public ColumnDef readonly() {
        return with(c -> c.readonly = true);
    }

    /** Leaves the column out of reads unless they ask for hidden columns. */
    public ColumnDef hidden() {
        return with(c -> c.hidden = true);
    }

    /** The maximum length of a varchar, which is also its SQL length; only for {@link ColumnType#VARCHAR}. */
    public ColumnDef maxLength(int length) {
        return with(c -> c.maxLength = length);
    }

    /**
     * The length of a char, 1 to 255, which a char column requires: its SQL length {@code char(n)} and the most
     * characters validation accepts. Only for {@link ColumnType#CHAR}; it is the char's {@code maxLength} in
     * {@link ColumnMeta}.
     */
    public ColumnDef length(int length) {
        return with(c -> c.maxLength = length);
    }

    /** The total number of digits of a numeric, with scale 0; only for {@link ColumnType#NUMERIC}. */
    public ColumnDef precision(int digits) {
        return with(c -> {
            c.precision = digits;
            c.scale = null;
        });
    }

    /** The total number of digits and the digits after the point of a numeric; only for {@link ColumnType#NUMERIC}. */
    public ColumnDef precision(int digits, int scale) {
        return with(c -> {
            c.precision = digits;
            c.scale = scale;
        });
    }

    /** The element type of an array column; required for, and only for, {@link ColumnType#ARRAY}. */
    public ColumnDef items(ColumnType itemType) {
        return with(c -> c.items = Objects.requireNonNull(itemType, "items"));
    }

    /**
     * Makes a whole-number column unsigned: no negative values, twice the positive range; only for {@link
     * ColumnType#SMALLINT}, {@link ColumnType#INTEGER}, {@link ColumnType#BIGINT} and {@link ColumnType#SERIAL}, and only
     * MySQL/MariaDB has unsigned types (the other dialects refuse it when generating).
     */
    public ColumnDef unsigned() {
        return with(c -> c.unsigned = true);
    }

    /**
     * The column's own collation, by the target database's name for it: {@code "C"} or {@code "en-x-icu"} on
     * PostgreSQL, {@code "utf8mb4_bin"} on MySQL/MariaDB (the character set follows from it), {@code "NOCASE"},
     * {@code "BINARY"} or {@code "RTRIM"} on SQLite; H2 has none per column. Only for {@link ColumnType#VARCHAR} and
     * {@link ColumnType#TEXT}.
     */
    public ColumnDef collation(String name) {
        return with(c -> c.collation = Objects.requireNonNull(name, "collation"));
    }

    /**
     * The SQL type of a {@link ColumnType#CUSTOM} column on one dialect, written as given: {@code
     * sqlType(Dialect.POSTGRESQL, "tsvector")}, {@code sqlType(Dialect.MYSQL, "set('a','b')")}. Give one per dialect
     * the column is generated for; a later call for the same dialect replaces the earlier one. Only for {@link
     * ColumnType#CUSTOM}.
     */
    public ColumnDef sqlType(Dialect dialect, String type) {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(type, "a custom column's SQL type cannot be null");
        return with(c -> {
            Map<Dialect, String> types = new EnumMap<>(Dialect.class);
            types.putAll(sqlTypes);
            types.put(dialect, type);
            c.sqlTypes = Collections.unmodifiableMap(types);
        });
    }

    /**
     * Makes the column generated: computed by the database from this SQL expression over the table's database column
     * names, such as {@code "first_name || ' ' || last_name"}; stored unless {@link #virtual()}. Stores read it and
     * never write it. A dialect that writes the expression otherwise gets its own with {@link
     * #generatedAs(Dialect, String)}.
     */
    public ColumnDef generatedAs(String expression) {
        Objects.requireNonNull(expression, "a generated column's expression cannot be null");
        return with(c -> c.generatedAs = expression);
    }

    /**
     * The expression of a generated column on one dialect, over {@link #generatedAs(String)}'s: {@code
     * generatedAs(Dialect.MYSQL, "concat(first_name, ' ', last_name)")}. Enough on its own for a column generated on
     * that dialect only.
     */
    public ColumnDef generatedAs(Dialect dialect, String expression) {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(expression, "a generated column's expression cannot be null");
        return with(c -> {
            Map<Dialect, String> expressions = new EnumMap<>(Dialect.class);
            expressions.putAll(generatedBy);
            expressions.put(dialect, expression);
            c.generatedBy = Collections.unmodifiableMap(expressions);
        });
    }

    /** Makes a generated column stored: computed when a row is written, and kept (the default). */
    public ColumnDef stored() {
        return with(c -> c.stored = true);
    }

    /**
     * Makes a generated column virtual: computed when it is read, taking no space; MySQL/MariaDB and SQLite only
     * (PostgreSQL 15 has none: generate and push refuse it there; H2 has one kind of generated column).
     */
    public ColumnDef virtual() {
        return with(c -> c.stored = false);
    }

    boolean generated() {
        return generatedAs != null || !generatedBy.isEmpty();
    }

    /** The database column name, instead of the snake_case form of the key. */
    public ColumnDef dbName(String name) {
        return with(c -> c.dbName = name);
    }

    /** Defaults the column to the current time; only for timestamp and date columns. */
    public ColumnDef defaultNow() {
        return with(c -> c.defaultValue = new ColumnDefault(ColumnDefault.Kind.NOW, null));
    }

    /** Defaults the column to a random UUID; only for uuid columns. */
    public ColumnDef defaultRandomUuid() {
        return with(c -> c.defaultValue = new ColumnDefault(ColumnDefault.Kind.RANDOM_UUID, null));
    }

    /** Defaults the column to a literal: a string, number or boolean that fits the column's type. */
    public ColumnDef defaultValue(Object literal) {
        Objects.requireNonNull(literal, "a default literal cannot be null; a column without a default is null already");
        return with(c -> c.defaultValue = new ColumnDefault(ColumnDefault.Kind.LITERAL, literal));
    }

    /** Hints that this column was called {@code oldDbName} in the database, so generate renames it. */
    public ColumnDef renamedFrom(String oldDbName) {
        return with(c -> c.renamedFrom = oldDbName);
    }

    /** A function stores run on input values before validation. */
    public ColumnDef transform(Function<Object, Object> function) {
        return with(c -> c.transform = Objects.requireNonNull(function, "transform"));
    }

    /** The column's own validation, run by stores before create and update. */
    public ColumnDef validate(Validator validation) {
        return with(c -> c.validator = Objects.requireNonNull(validation, "validate"));
    }

    /** A foreign key from this column to the column with DSL key {@code columnKey} of {@code table}. */
    public ColumnDef references(TableDef table, String columnKey) {
        return with(c -> {
            c.refTable = table;
            c.refTableName = null;
            c.refColumn = columnKey;
        });
    }

    /**
     * A foreign key to the column with DSL key {@code columnKey} of the table of that database name: the table being
     * defined (a self-reference), or any table of the schema, so that two tables may reference each other. A table
     * other than this one is looked up when the schema is built (by generate, push and check). A table of a named
     * schema is named with it: {@code references("sales.orders", "id")}.
     */
    public ColumnDef references(String tableName, String columnKey) {
        return with(c -> {
            c.refTable = null;
            c.refTableName = Objects.requireNonNull(tableName, "referenced table name");
            c.refColumn = columnKey;
        });
    }

    /** Names the foreign key constraint, instead of {@code {table}_{column}_{reftable}_{refcolumn}_fk}. */
    public ColumnDef foreignKeyName(String name) {
        return with(c -> c.foreignKeyName = Objects.requireNonNull(name, "foreign key name"));
    }

    /**
     * When the database checks this column's foreign key: {@link FkDeferral#INITIALLY_DEFERRED} puts it off to the end
     * of each transaction (PostgreSQL and SQLite; MySQL and H2 refuse it at generate). Needs {@code references}.
     */
    public ColumnDef deferral(FkDeferral when) {
        return with(c -> c.deferral = Objects.requireNonNull(when, "deferral"));
    }

    /** What the database does to this row when the referenced row is deleted; needs {@code references}. */
    public ColumnDef onDelete(FkAction action) {
        return with(c -> c.onDelete = Objects.requireNonNull(action, "onDelete"));
    }

    /** What the database does to this row when the referenced key is updated; needs {@code references}. */
    public ColumnDef onUpdate(FkAction action) {
        return with(c -> c.onUpdate = Objects.requireNonNull(action, "onUpdate"));
    }

    /**
     * A check constraint on this column: an SQL condition every row must meet, written with database column names,
     * such as {@code "price >= 0"}. It is named {@code {table}_{column}_check}; for another name, or a condition over
     * several columns, use {@link TableDef#checks(CheckDef...)}.
     */
    public ColumnDef check(String condition) {
        return with(c -> c.check = Objects.requireNonNull(condition, "check condition"));
    }

    /**
     * The column's comment in the database: plain text of at most 1024 characters (MySQL's limit), not empty; kept in
     * the migrations' snapshots only on SQLite, which has no comments.
     */
    public ColumnDef comment(String text) {
        Objects.requireNonNull(text, "a comment cannot be null; leave .comment(...) out for no comment");
        return with(c -> c.comment = text);
    }

    boolean hasReference() {
        return refColumn != null;
    }

    private ColumnDef with(Consumer<ColumnDef> change) {
        ColumnDef copy = new ColumnDef(key, type);
        copy.dbName = dbName;
        copy.primaryKey = primaryKey;
        copy.notNull = notNull;
        copy.required = required;
        copy.readonly = readonly;
        copy.hidden = hidden;
        copy.maxLength = maxLength;
        copy.precision = precision;
        copy.scale = scale;
        copy.items = items;
        copy.unsigned = unsigned;
        copy.collation = collation;
        copy.defaultValue = defaultValue;
        copy.renamedFrom = renamedFrom;
        copy.transform = transform;
        copy.validator = validator;
        copy.refTable = refTable;
        copy.refTableName = refTableName;
        copy.refColumn = refColumn;
        copy.onDelete = onDelete;
        copy.onUpdate = onUpdate;
        copy.check = check;
        copy.comment = comment;
        copy.foreignKeyName = foreignKeyName;
        copy.deferral = deferral;
        copy.enumType = enumType;
        copy.sqlTypes = sqlTypes;
        copy.generatedAs = generatedAs;
        copy.generatedBy = generatedBy;
        copy.stored = stored;
        change.accept(copy);
        return copy;
    }
}
