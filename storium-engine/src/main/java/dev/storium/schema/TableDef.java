package dev.storium.schema;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.ForeignKey;
import org.jooq.Index;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.Internal;
import org.jooq.impl.TableImpl;

/**
 * A Storium table definition and a real jOOQ table: use it in jOOQ queries ({@code selectFrom(USERS)},
 * {@code USERS.column("email")}), and read Storium's metadata with {@link #storium()}. Definitions are immutable; each
 * chain method checks the whole definition again and returns a new one, so a broken definition fails where it is
 * written, with a {@link StoriumException} of code {@link ErrorCode#SCHEMA_DEFINITION}.
 */
public final class TableDef extends TableImpl<Record> {
    private static final long serialVersionUID = 1L;

    private final transient TableSpec spec;
    private final transient TableMeta meta;
    private final transient StoriumException timestampClash;
    private final transient Map<String, TableField<Record, ?>> byKey = new LinkedHashMap<>();
    private final transient UniqueKey<Record> primaryKey;
    private final transient List<UniqueKey<Record>> uniqueKeys = new ArrayList<>();
    private final transient List<Index> indexes = new ArrayList<>();
    private final transient List<ForeignKey<Record, ?>> references = new ArrayList<>();

    TableDef(TableSpec spec) {
        super(
                DSL.name(Names.local(spec.name())),
                TableResolver.schemaOf(spec.name()) == null
                        ? null
                        : DSL.schema(DSL.name(TableResolver.schemaOf(spec.name()))));
        this.spec = spec;
        // a clash with the automatic timestamps waits for the first use: .timestamps(false) may still follow
        this.timestampClash = TableResolver.timestampClash(spec).orElse(null);
        this.meta = TableResolver.resolve(timestampClash == null ? spec : spec.withTimestamps(false));
        for (ColumnMeta column : meta.columns()) {
            byKey.put(column.key(), createField(DSL.name(column.dbName()), JooqTypes.of(column)));
        }
        primaryKey = meta.primaryKey().isEmpty()
                ? null
                : Internal.createUniqueKey(
                        this, DSL.name(Names.local(spec.name()) + "_pkey"), fields(meta.primaryKey()), true);
        for (IndexMeta index : meta.indexes()) {
            if (index.columns().isEmpty()) {
                continue; // an index on expressions has no jOOQ counterpart
            }
            TableField<Record, ?>[] fields = fields(index.columns());
            if (index.unique() && index.where() == null) {
                uniqueKeys.add(Internal.createUniqueKey(this, DSL.name(index.name()), fields, true));
            }
            indexes.add(Internal.createIndex(DSL.name(index.name()), this, fields, index.unique()));
        }
        Map<String, TableDef> targets = new LinkedHashMap<>();
        for (ColumnDef def : spec.columns()) {
            if (def.hasReference()) {
                targets.put(def.key, def.refTable);
            }
        }
        for (ForeignKeyMeta fk : meta.foreignKeys()) {
            TableDef target = fk.refTable().equals(spec.name()) ? this : null; // both qualified by their schemas
            if (fk.columns().size() == 1 && targets.get(fk.columns().get(0)) != null) {
                target = targets.get(fk.columns().get(0));
            }
            for (ForeignKeyDef def : spec.foreignKeys()) {
                if (def.refTable != null && def.columns.equals(fk.columns())) {
                    target = def.refTable;
                }
            }
            if (target != null) { // a key to another table by name has no jOOQ counterpart
                references.add(foreignKey(fk, target));
            }
        }
    }

    /**
     * Storium's metadata of this table: columns by DSL key, primary key, indexes, foreign keys, timestamps. Throws the
     * definition error of a column that clashes with the automatic timestamps when {@code .timestamps(false)} did not
     * follow.
     */
    public TableMeta storium() {
        if (timestampClash != null) {
            throw timestampClash;
        }
        return meta;
    }

    /** The jOOQ field of the column with this DSL key (not the database name, which {@code field(...)} takes). */
    public TableField<Record, ?> column(String key) {
        storium();
        TableField<Record, ?> field = byKey.get(key);
        if (field == null) {
            throw new StoriumException(
                    ErrorCode.SCHEMA_DEFINITION,
                    "Table " + meta.name() + " has no column with key " + key + "; its keys are "
                            + String.join(", ", byKey.keySet()) + ". Fix: use one of those keys.");
        }
        return field;
    }

    /** The jOOQ field of the column with this DSL key, typed; the Java type must be the column's (see the guide). */
    @SuppressWarnings("unchecked")
    public <T> TableField<Record, T> column(String key, Class<T> javaType) {
        TableField<Record, ?> field = column(key);
        if (!javaType.equals(field.getType())) {
            throw new StoriumException(
                    ErrorCode.SCHEMA_DEFINITION,
                    "Column " + key + " of table " + meta.name() + " holds "
                            + field.getType().getName()
                            + ", not " + javaType.getName() + ". Fix: ask for "
                            + field.getType().getSimpleName()
                            + ".class.");
        }
        return (TableField<Record, T>) field;
    }

    /** This table with these indexes (replacing any given before). */
    public TableDef indexes(IndexDef... definitions) {
        return new TableDef(spec.withIndexes(Arrays.asList(definitions)));
    }

    /**
     * This table with these unique constraints (replacing any given before), from {@link Schema#unique(String...)}:
     * {@code CONSTRAINT name UNIQUE (...)} in the database, apart from the unique indexes of {@link #indexes}.
     */
    public TableDef uniques(UniqueDef... definitions) {
        return new TableDef(spec.withUniques(Arrays.asList(definitions)));
    }

    /**
     * This table with these table-level check constraints (replacing any given before), from {@link
     * Schema#check(String, String)}; a column's own check is given with {@link ColumnDef#check(String)}.
     */
    public TableDef checks(CheckDef... definitions) {
        return new TableDef(spec.withChecks(Arrays.asList(definitions)));
    }

    /**
     * This table with these table-level foreign keys (replacing any given before), from {@link
     * Schema#foreignKey(String...)}: composite keys, and keys named or acting as a column's {@code references(...)}.
     */
    public TableDef foreignKeys(ForeignKeyDef... definitions) {
        return new TableDef(spec.withForeignKeys(Arrays.asList(definitions)));
    }

    /** This table with a primary key over these columns (DSL keys, in key order), composite when more than one. */
    public TableDef primaryKey(String... keys) {
        return new TableDef(spec.withPrimaryKey(Arrays.asList(keys)));
    }

    /** This table with these table-level hidden and readonly columns, added to the columns' own flags. */
    public TableDef access(Access access) {
        return new TableDef(spec.withAccess(access));
    }

    /** This table with ({@code true}, the default) or without the automatic {@code createdAt} / {@code updatedAt}. */
    public TableDef timestamps(boolean enabled) {
        return new TableDef(spec.withTimestamps(enabled));
    }

    /**
     * This table with a comment in the database (replacing any given before): plain text of at most 2048 characters
     * (MySQL's limit), not empty.
     */
    public TableDef comment(String text) {
        Objects.requireNonNull(text, "a comment cannot be null; leave .comment(...) out for no comment");
        return new TableDef(spec.withComment(text));
    }

    /**
     * This table with a hint that it was called {@code oldName} in the database, so generate renames it: a name in the
     * table's own schema, or {@code schema.name} (in the default schema: {@code public.name}) for a move between
     * schemas.
     */
    public TableDef renamedFrom(String oldName) {
        return new TableDef(
                spec.withRenamedFrom(TableResolver.previousName(TableResolver.schemaOf(spec.name()), oldName)));
    }

    /**
     * The table's database name qualified by its schema ({@code sales.orders}), or its name alone in the default
     * schema; jOOQ's {@code getName()} is the name alone, {@code getSchema()} the schema.
     */
    public String qualifiedName() {
        return spec.name();
    }

    @Override
    public UniqueKey<Record> getPrimaryKey() {
        return primaryKey;
    }

    @Override
    public List<UniqueKey<Record>> getUniqueKeys() {
        return List.copyOf(uniqueKeys);
    }

    @Override
    public List<Index> getIndexes() {
        return List.copyOf(indexes);
    }

    @Override
    public List<ForeignKey<Record, ?>> getReferences() {
        return List.copyOf(references);
    }

    private ForeignKey<Record, ?> foreignKey(ForeignKeyMeta fk, TableDef target) {
        TableField<Record, ?>[] targetFields = target.fields(fk.refColumns());
        UniqueKey<Record> key = target.uniqueKeyOn(fk.refColumns());
        if (key == null) {
            key = Internal.createUniqueKey(target, DSL.name(fk.name() + "_target"), targetFields, true);
        }
        return Internal.createForeignKey(this, DSL.name(fk.name()), fields(fk.columns()), key, targetFields, true);
    }

    private UniqueKey<Record> uniqueKeyOn(List<String> keys) {
        if (primaryKey != null && meta.primaryKey().equals(keys)) {
            return primaryKey;
        }
        List<TableField<Record, ?>> fields =
                keys.stream().<TableField<Record, ?>>map(byKey::get).toList();
        return uniqueKeys.stream()
                .filter(u -> u.getFields().equals(fields))
                .findFirst()
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private TableField<Record, ?>[] fields(List<String> keys) {
        return keys.stream().map(byKey::get).toArray(TableField[]::new);
    }
}
