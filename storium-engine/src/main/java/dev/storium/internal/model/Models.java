package dev.storium.internal.model;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.schema.ColumnDefault;
import dev.storium.schema.ColumnMeta;
import dev.storium.schema.ColumnType;
import dev.storium.schema.ForeignKeyMeta;
import dev.storium.schema.GeneratedMeta;
import dev.storium.schema.IndexMeta;
import dev.storium.schema.SchemaDefinition;
import dev.storium.schema.TableDef;
import dev.storium.schema.TableMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Converts table definitions to the schema model: database names everywhere, rename hints carried along. */
public final class Models {
    private Models() {}

    /**
     * The schema model of these definitions for {@code dialect}: each view with its query on that dialect; rename hints
     * carried into the model.
     */
    public static SchemaModel fromDefinitions(SchemaDefinition definition, Dialect dialect) {
        SchemaModel tables = fromDefinitions(definition.tables(), dialect == Dialect.MYSQL);
        Map<String, View> views = Views.fromDefinitions(definition.views(), dialect, tables.tables());
        return tables.withViews(views).withSequences(Views.sequences(definition.sequences(), tables.tables(), views));
    }

    /** The schema model of these table definitions (no views); rename hints carried into the model. */
    public static SchemaModel fromDefinitions(Collection<TableDef> definitions) {
        return fromDefinitions(definitions, false);
    }

    /**
     * The schema model of these table definitions; {@code indexNamesPerTable} lets two tables have an index of one name
     * (MySQL keeps index names per table, the other databases per schema).
     */
    private static SchemaModel fromDefinitions(Collection<TableDef> definitions, boolean indexNamesPerTable) {
        Map<String, TableMeta> metas = new LinkedHashMap<>();
        for (TableDef definition : definitions) {
            TableMeta meta = definition.storium();
            if (metas.put(meta.name(), meta) != null) {
                throw new StoriumException(
                        ErrorCode.SCHEMA_DEFINITION,
                        "Table " + meta.name() + " is defined twice in the schema classes. Fix: keep one"
                                + " definition per table name, or give one of them another name.");
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (TableMeta meta : metas.values()) {
            tables.put(meta.name(), table(meta, metas));
        }
        checkReferencedTables(tables);
        checkIndexNames(tables, indexNamesPerTable);
        checkConstraintNames(tables);
        checkEnums(tables);
        return new SchemaModel(tables);
    }

    /** The model of one table definition; {@code metas} holds every table, for keys that name their target. */
    static Table table(TableMeta meta, Map<String, TableMeta> metas) {
        List<Column> columns = meta.columns().stream().map(Models::column).toList();
        List<String> primaryKey =
                meta.primaryKeyColumns().stream().map(ColumnMeta::dbName).toList();
        List<Index> indexes = meta.indexes().stream().map(Models::index).toList();
        List<ForeignKey> foreignKeys =
                meta.foreignKeys().stream().map(f -> foreignKey(meta, f, metas)).toList();
        List<CheckConstraint> checks = meta.checks().stream()
                .map(c -> new CheckConstraint(c.name(), c.condition()))
                .toList();
        return new Table(
                meta.name(), columns, primaryKey, indexes, foreignKeys, checks, meta.comment(), meta.renamedFrom());
    }

    private static Column column(ColumnMeta c) {
        return new Column(
                c.dbName(),
                c.type(),
                c.type() == ColumnType.VARCHAR || c.type() == ColumnType.CHAR ? c.maxLength() : null,
                c.precision(),
                c.precision() == null ? null : c.scale(),
                c.items(),
                c.unsigned(),
                c.collation(),
                c.notNull(),
                defaultValue(c.defaultValue()),
                c.comment(),
                c.renamedFrom(),
                c.enumType() == null
                        ? null
                        : new EnumType(
                                c.enumType().name(),
                                c.enumType().values(),
                                c.enumType().renamedValues()),
                c.type() == ColumnType.CUSTOM ? sqlTypes(c) : null,
                generated(c.generated()));
    }

    private static Generated generated(GeneratedMeta g) {
        if (g == null) {
            return null;
        }
        Map<String, String> byDialect = new LinkedHashMap<>();
        g.byDialect().forEach((dialect, expression) -> byDialect.put(dialect.key(), expression));
        return new Generated(g.expression(), byDialect, g.stored());
    }

    private static Map<String, String> sqlTypes(ColumnMeta c) {
        Map<String, String> types = new LinkedHashMap<>();
        c.sqlTypes().forEach((dialect, type) -> types.put(dialect.key(), type.strip()));
        return types;
    }

    /**
     * The check name SQLite gives an enum column's list of values: {@code {table}_{column}_enum} (SQLite has no limit
     * on a constraint name's length).
     */
    public static String enumCheckName(String table, String column) {
        return table + "_" + column + "_enum";
    }

    /** One enum name, one definition: two {@code EnumDef}s of one name must have the same values and hints. */
    private static void checkEnums(Map<String, Table> tables) {
        Map<String, EnumType> seen = new HashMap<>();
        Map<String, String> where = new HashMap<>();
        for (Table table : tables.values()) {
            for (Column column : table.columns()) {
                EnumType type = column.enumType();
                if (type == null) {
                    continue;
                }
                EnumType other = seen.putIfAbsent(type.name(), type);
                String at = table.name() + "." + column.name();
                where.putIfAbsent(type.name(), at);
                if (other != null && !other.equals(type)) {
                    throw new StoriumException(
                            ErrorCode.SCHEMA_DEFINITION,
                            "Enum " + type.name() + " is defined twice with different values: " + other.values()
                                    + (other.renamedValues().isEmpty() ? "" : " renamed " + other.renamedValues())
                                    + " (column " + where.get(type.name()) + ") and " + type.values()
                                    + (type.renamedValues().isEmpty() ? "" : " renamed " + type.renamedValues())
                                    + " (column " + at + "); an enum is one type shared by its columns. Fix: define"
                                    + " it once, in one public static final EnumDef, and give that constant to every"
                                    + " column of it.");
                }
            }
        }
    }

    private static DefaultValue defaultValue(ColumnDefault d) {
        if (d == null) {
            return null;
        }
        switch (d.kind()) {
            case NOW:
                return DefaultValue.now();
            case RANDOM_UUID:
                return DefaultValue.randomUuid();
            default:
                return DefaultValue.literal(d.text());
        }
    }

    private static Index index(IndexMeta i) {
        return new Index(
                i.name(),
                i.dbColumns(),
                i.unique(),
                i.where(),
                i.constraint(),
                i.descending(),
                i.method(),
                i.include(),
                i.expressions(),
                i.opclasses(),
                i.nulls());
    }

    private static ForeignKey foreignKey(TableMeta table, ForeignKeyMeta f, Map<String, TableMeta> metas) {
        List<String> refDbColumns = f.refDbColumns();
        TableMeta target = metas.get(f.refTable());
        if (target != null && (refDbColumns == null || target == table)) {
            refDbColumns = namedTarget(table, f, target);
        }
        if (refDbColumns == null) {
            return new ForeignKey(
                    f.name(), f.dbColumns(), f.refTable(), f.refColumns(), f.onDelete(), f.onUpdate(), f.deferral());
        }
        return new ForeignKey(
                f.name(), f.dbColumns(), f.refTable(), refDbColumns, f.onDelete(), f.onUpdate(), f.deferral());
    }

    /**
     * The database names of the columns a key names its target table by (or references its own table by): the columns
     * must exist, be the target's primary key or a unique index without {@code where}, and have the key's types.
     */
    private static List<String> namedTarget(TableMeta table, ForeignKeyMeta f, TableMeta target) {
        String key = "Table " + table.name() + ", foreign key " + f.name() + ": ";
        List<String> names = new ArrayList<>();
        for (int i = 0; i < f.refColumns().size(); i++) {
            String refKey = f.refColumns().get(i);
            ColumnMeta column = target.column(refKey)
                    .orElseThrow(() -> new StoriumException(
                            ErrorCode.SCHEMA_DEFINITION,
                            key + "it references column " + refKey + " of table " + target.name() + ", which has no"
                                    + " such column; its column keys are "
                                    + target.columns().stream()
                                            .map(ColumnMeta::key)
                                            .collect(Collectors.joining(", "))
                                    + ". Fix: reference one of those keys (DSL keys, not database names)."));
            ColumnMeta local = table.column(f.columns().get(i)).orElseThrow();
            if (serialAsInteger(local.type()) != serialAsInteger(column.type())) {
                throw new StoriumException(
                        ErrorCode.SCHEMA_DEFINITION,
                        key + "column " + local.key() + " is "
                                + local.type().name().toLowerCase(Locale.ROOT)
                                + " but the referenced " + target.name() + "." + refKey + " is "
                                + column.type().name().toLowerCase(Locale.ROOT)
                                + ". Fix: give the column the referenced column's type.");
            }
            names.add(column.dbName());
        }
        Set<String> wanted = new HashSet<>(f.refColumns());
        boolean unique = new HashSet<>(target.primaryKey()).equals(wanted)
                || target.indexes().stream()
                        .anyMatch(i -> i.unique()
                                && i.where() == null
                                && i.descending().isEmpty()
                                && new HashSet<>(i.columns()).equals(wanted));
        if (!unique) {
            throw new StoriumException(
                    ErrorCode.SCHEMA_DEFINITION,
                    key + "it references " + target.name() + "(" + String.join(", ", f.refColumns()) + "), which is"
                            + " neither the table's primary key nor covered by a unique index. Fix: reference the"
                            + " primary key, or add index(\"" + String.join("\", \"", f.refColumns())
                            + "\").unique() to "
                            + target.name() + ".");
        }
        return names;
    }

    private static ColumnType serialAsInteger(ColumnType type) {
        return type == ColumnType.SERIAL ? ColumnType.INTEGER : type;
    }

    private static void checkReferencedTables(Map<String, Table> tables) {
        for (Table table : tables.values()) {
            for (ForeignKey fk : table.foreignKeys()) {
                if (!tables.containsKey(fk.refTable())) {
                    throw new StoriumException(
                            ErrorCode.SCHEMA_DEFINITION,
                            "Table " + table.name() + ", column " + fk.columns().get(0) + ": the foreign key "
                                    + fk.name() + " references table " + fk.refTable()
                                    + ", which is not among the schema's definitions. Fix: include the class that"
                                    + " defines " + fk.refTable() + " in the schema setting.");
                }
            }
        }
    }

    /**
     * Foreign-key and check names must not repeat in the schema, nor take the name of a primary key: MySQL and H2
     * keep constraint names per schema, and PostgreSQL per table.
     */
    private static void checkConstraintNames(Map<String, Table> tables) {
        Map<String, String> owners = new HashMap<>();
        for (Table table : tables.values()) {
            owners.put(
                    QualifiedNames.scoped(table.name(), table.primaryKeyName()),
                    "the primary key of table " + table.name());
            for (Column column : table.columns()) {
                if (column.enumType() != null) {
                    owners.put(
                            enumCheckName(table.name(), column.name()),
                            "the check SQLite gives enum column " + table.name() + "." + column.name());
                }
            }
        }
        for (Table table : tables.values()) {
            for (ForeignKey fk : table.foreignKeys()) {
                String other = owners.put(
                        QualifiedNames.scoped(table.name(), fk.name()), "a foreign key of table " + table.name());
                if (other != null) {
                    throw new StoriumException(
                            ErrorCode.SCHEMA_DEFINITION,
                            "Table " + table.name() + ": the foreign key " + fk.name() + " has the name of " + other
                                    + "; constraint names are shared by the whole schema. Fix: give the key another"
                                    + " name with foreignKeyName(\"...\") or foreignKey(...).name(\"...\").");
                }
            }
        }
        for (Table table : tables.values()) {
            for (Index unique : table.indexes()) {
                if (!unique.constraint()) {
                    continue;
                }
                String other = owners.put(
                        QualifiedNames.scoped(table.name(), unique.name()),
                        "a unique constraint of table " + table.name());
                if (other != null) {
                    throw new StoriumException(
                            ErrorCode.SCHEMA_DEFINITION,
                            "Table " + table.name() + ": the unique constraint " + unique.name() + " has the name of "
                                    + other + "; constraint names are shared by the whole schema. Fix: give the"
                                    + " constraint another name with unique(...).name(\"...\").");
                }
            }
        }
        Map<String, String> checks = new HashMap<>();
        for (Table table : tables.values()) {
            for (CheckConstraint check : table.checks()) {
                String other = owners.get(QualifiedNames.scoped(table.name(), check.name()));
                String otherCheck = checks.put(QualifiedNames.scoped(table.name(), check.name()), table.name());
                if (other == null && otherCheck != null) {
                    other = "a check of table " + otherCheck;
                }
                if (other != null) {
                    throw new StoriumException(
                            ErrorCode.SCHEMA_DEFINITION,
                            "Table " + table.name() + ": the check " + check.name() + " has the name of " + other
                                    + "; constraint names are shared by the whole schema. Fix: give the check another"
                                    + " name with check(\"...\", condition).");
                }
            }
        }
    }

    private static void checkIndexNames(Map<String, Table> tables, boolean perTable) {
        Map<String, String> owners = new HashMap<>();
        for (Table table : tables.values()) {
            if (perTable) {
                owners.clear(); // two indexes of one name in one table are refused by the table's own rules
            }
            for (Index index : table.indexes()) {
                String other = owners.put(QualifiedNames.scoped(table.name(), index.name()), table.name());
                if (other != null) {
                    throw new StoriumException(
                            ErrorCode.SCHEMA_DEFINITION,
                            "Index " + index.name() + " is defined on both table " + other + " and table "
                                    + table.name() + "; index names are shared by the whole schema on every database"
                                    + " but MySQL/MariaDB. Fix: give one of them another name with"
                                    + " index(...).name(\"...\").");
                }
            }
        }
    }
}
