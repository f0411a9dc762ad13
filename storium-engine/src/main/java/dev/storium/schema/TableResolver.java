package dev.storium.schema;

import dev.storium.config.Dialect;
import dev.storium.error.StoriumException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Applies every rule of the DSL to a {@link TableSpec} and produces its {@link TableMeta}, or throws the first break. */
final class TableResolver {
    private final TableSpec spec;
    /** The table's database name, qualified by its schema when it has one ({@code sales.orders}). */
    private final String table;
    /** The table's name inside its schema, from which the names of its constraints and indexes are made. */
    private final String local;

    private TableResolver(TableSpec spec) {
        this.spec = spec;
        this.table = spec.name();
        this.local = Names.local(table);
    }

    /**
     * The database name a {@code renamedFrom} hint names, for a table in {@code schema} (null: the default one): a
     * name without a dot is in the same schema; {@code other.name} is in schema {@code other}, and {@code public.name}
     * in the default schema.
     */
    static String previousName(String schema, String oldName) {
        if (oldName == null) {
            return null;
        }
        int dot = oldName.indexOf('.');
        if (dot < 0) {
            return Names.qualified(schema, oldName);
        }
        return oldName.substring(0, dot).equalsIgnoreCase("public") ? oldName.substring(dot + 1) : oldName;
    }

    /** The schema of a database name, or null for one in the default schema. */
    static String schemaOf(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? null : name.substring(0, dot);
    }

    /** The checked and resolved metadata of the definition. */
    static TableMeta resolve(TableSpec spec) {
        return new TableResolver(spec).resolve();
    }

    /**
     * The error of a column that clashes with the automatic {@code createdAt} / {@code updatedAt} while they are on, if
     * any. Apart from the other rules, as {@code .timestamps(false)} can only follow {@code .columns(...)}.
     */
    static Optional<StoriumException> timestampClash(TableSpec spec) {
        if (!spec.timestamps()) {
            return Optional.empty();
        }
        for (String key : List.of(TableMeta.CREATED_AT, TableMeta.UPDATED_AT)) {
            for (ColumnDef c : spec.columns()) {
                if (c.key.equals(key) || ColumnRules.dbName(c).equals(Names.snakeCase(key))) {
                    return Optional.of(DefinitionError.column(
                            spec.name(),
                            c.key,
                            "the column clashes with the automatic timestamp " + key + " (" + Names.snakeCase(key)
                                    + ")",
                            "remove the column, or call .timestamps(false) to define the timestamps yourself"));
                }
            }
        }
        return Optional.empty();
    }

    private TableMeta resolve() {
        checkTableNames();
        List<ColumnDef> defs = allColumns();
        defs.forEach(c -> ColumnRules.check(table, c));
        checkDuplicates(defs);
        List<String> primaryKey = primaryKey(defs);
        checkAccess(defs);
        List<ColumnMeta> columns = new ArrayList<>();
        for (ColumnDef c : defs) {
            columns.add(meta(c, primaryKey.contains(c.key)));
        }
        List<ForeignKeyMeta> foreignKeys = ReferenceRules.resolve(table, defs, columns, spec.foreignKeys());
        List<IndexMeta> indexes = IndexRules.resolve(local, spec.indexes(), spec.uniques(), columns);
        List<CheckMeta> checks = CheckRules.resolve(local, spec.checks(), defs, columns);
        return new TableMeta(
                table,
                spec.renamedFrom(),
                columns,
                primaryKey,
                spec.timestamps(),
                indexes,
                foreignKeys,
                checks,
                spec.comment());
    }

    private void checkTableNames() {
        if (!Names.isIdentifier(local) || local.length() > Names.MAX_LENGTH) {
            throw DefinitionError.table(
                    ColumnRules.display(table),
                    "the table name \"" + table + "\" is not a valid name: expected 1 to " + Names.MAX_LENGTH
                            + " characters from A-Z, a-z, 0-9 and _",
                    "rename the table using only letters, digits and underscores");
        }
        String old = spec.renamedFrom();
        if (old != null
                && (!Names.isIdentifier(Names.local(old))
                        || !Names.isIdentifier(Objects.requireNonNullElse(schemaOf(old), "_"))
                        || Names.local(old).length() > Names.MAX_LENGTH
                        || old.equals(table))) {
            throw DefinitionError.table(
                    table,
                    "renamedFrom(\"" + old + "\") is not a valid previous name (letters, digits and _, not the"
                            + " current name)",
                    "give the table's old database name, or remove renamedFrom once the rename is migrated");
        }
        if (spec.comment() != null) {
            CommentRules.checkTable(table, spec.comment());
        }
    }

    private List<ColumnDef> allColumns() {
        if (spec.columns().isEmpty()) {
            throw DefinitionError.table(
                    table, "the table has no columns", "list its columns: defineTable(...).columns(column(...), ...)");
        }
        List<ColumnDef> all = new ArrayList<>(spec.columns());
        if (spec.timestamps()) {
            timestampClash(spec).ifPresent(clash -> {
                throw clash;
            });
            for (String key : List.of(TableMeta.CREATED_AT, TableMeta.UPDATED_AT)) {
                all.add(new ColumnDef(key, ColumnType.TIMESTAMP).notNull().defaultNow());
            }
        }
        return all;
    }

    private void checkDuplicates(List<ColumnDef> defs) {
        Map<String, String> keys = new HashMap<>();
        Map<String, String> dbNames = new HashMap<>();
        for (ColumnDef c : defs) {
            if (keys.put(c.key, c.key) != null) {
                throw DefinitionError.column(
                        table, c.key, "the key " + c.key + " is used by two columns", "give each column its own key");
            }
            String previous = dbNames.put(ColumnRules.dbName(c), c.key);
            if (previous != null) {
                throw DefinitionError.column(
                        table,
                        c.key,
                        "its database name " + ColumnRules.dbName(c) + " is also the database name of column "
                                + previous,
                        "give one of them another dbName(...) or key");
            }
        }
    }

    private List<String> primaryKey(List<ColumnDef> defs) {
        Set<String> keys = defs.stream().map(c -> c.key).collect(Collectors.toSet());
        if (spec.primaryKey() != null) {
            if (spec.primaryKey().isEmpty()) {
                throw DefinitionError.table(
                        table, "primaryKey() names no columns", "name the key columns: .primaryKey(\"a\", \"b\")");
            }
            Set<String> seen = new LinkedHashSet<>();
            for (String key : spec.primaryKey()) {
                if (!keys.contains(key)) {
                    throw unknown("primaryKey(...)", key, defs);
                }
                if (!seen.add(key)) {
                    throw DefinitionError.column(
                            table, key, "primaryKey(...) names the column twice", "name each key column once");
                }
            }
            return List.copyOf(seen);
        }
        List<String> flagged =
                defs.stream().filter(c -> c.primaryKey).map(c -> c.key).toList();
        if (!flagged.isEmpty()) {
            return flagged;
        }
        return keys.contains("id") ? List.of("id") : List.of();
    }

    private void checkAccess(List<ColumnDef> defs) {
        Set<String> keys = defs.stream().map(c -> c.key).collect(Collectors.toSet());
        for (String key : spec.access().hidden()) {
            if (!keys.contains(key)) {
                throw unknown("access(...).hidden", key, defs);
            }
        }
        for (String key : spec.access().readonly()) {
            if (!keys.contains(key)) {
                throw unknown("access(...).readonly", key, defs);
            }
        }
    }

    private ColumnMeta meta(ColumnDef c, boolean inPrimaryKey) {
        // a key column marked .primaryKey() or found by its name id is readonly; the columns that the table's
        // .primaryKey(a, b) names keep their own flags, writable and requirable, as in the original
        boolean readonlyKey = inPrimaryKey && spec.primaryKey() == null;
        boolean readonly = c.readonly || readonlyKey || spec.access().readonly().contains(c.key);
        boolean hidden = c.hidden || spec.access().hidden().contains(c.key);
        String why = readonlyKey && !c.readonly ? " (a primary-key column is always readonly)" : "";
        if (c.generated() && c.required) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "the column is generated and required, but the database computes a generated column, so create()"
                            + " never takes a value for it",
                    "remove required()");
        }
        if (readonly && c.required) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "the column is both readonly" + why + " and required, so create() could never accept it",
                    "remove required() or readonly()");
        }
        if (readonly && hidden) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "the column is both readonly" + why + " and hidden; a column cannot be both",
                    "remove hidden() or readonly()");
        }
        return new ColumnMeta(
                c.key,
                ColumnRules.dbName(c),
                c.type,
                inPrimaryKey,
                c.notNull || inPrimaryKey,
                c.required,
                readonly || c.generated(), // the database computes a generated column: stores never write it
                hidden,
                c.maxLength,
                c.precision,
                c.scale,
                c.items,
                c.unsigned,
                c.collation,
                c.defaultValue,
                c.renamedFrom,
                c.transform,
                c.validator,
                c.comment,
                c.enumType,
                c.sqlTypes,
                c.generated()
                        ? new GeneratedMeta(
                                c.generatedAs == null ? null : c.generatedAs.strip(),
                                stripped(c.generatedBy),
                                c.stored == null || c.stored)
                        : null);
    }

    private static Map<Dialect, String> stripped(Map<Dialect, String> expressions) {
        Map<Dialect, String> result = new EnumMap<>(Dialect.class);
        expressions.forEach((dialect, expression) -> result.put(dialect, expression.strip()));
        return result;
    }

    private RuntimeException unknown(String where, String key, List<ColumnDef> defs) {
        return DefinitionError.column(
                table,
                ColumnRules.display(key),
                where + " names an unknown column; the column keys are "
                        + defs.stream().map(c -> c.key).collect(Collectors.joining(", ")),
                "use one of those keys (DSL keys, not database names)");
    }
}
