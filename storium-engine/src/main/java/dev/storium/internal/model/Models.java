package dev.storium.internal.model;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.schema.ColumnDefault;
import dev.storium.schema.ColumnMeta;
import dev.storium.schema.ColumnType;
import dev.storium.schema.ForeignKeyMeta;
import dev.storium.schema.IndexMeta;
import dev.storium.schema.TableDef;
import dev.storium.schema.TableMeta;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts table definitions to the schema model: database names everywhere, rename hints carried along. */
public final class Models {
    private Models() {}

    /** The schema model of these definitions; rename hints carried into the model. */
    public static SchemaModel fromDefinitions(Collection<TableDef> definitions) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (TableDef definition : definitions) {
            Table table = table(definition.storium());
            if (tables.put(table.name(), table) != null) {
                throw new StoriumException(
                        ErrorCode.SCHEMA_DEFINITION,
                        "Table " + table.name() + " is defined twice in the schema classes. Fix: keep one"
                                + " definition per table name, or give one of them another name.");
            }
        }
        checkReferencedTables(tables);
        checkIndexNames(tables);
        checkConstraintNames(tables);
        return new SchemaModel(tables);
    }

    /** The model of one table definition. */
    static Table table(TableMeta meta) {
        List<Column> columns = meta.columns().stream().map(Models::column).toList();
        List<String> primaryKey =
                meta.primaryKeyColumns().stream().map(ColumnMeta::dbName).toList();
        List<Index> indexes = meta.indexes().stream().map(Models::index).toList();
        List<ForeignKey> foreignKeys =
                meta.foreignKeys().stream().map(Models::foreignKey).toList();
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
                c.renamedFrom());
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
        return new Index(i.name(), i.dbColumns(), i.unique(), i.where());
    }

    private static ForeignKey foreignKey(ForeignKeyMeta f) {
        return new ForeignKey(
                f.name(), List.of(f.dbColumn()), f.refTable(), List.of(f.refDbColumn()), f.onDelete(), f.onUpdate());
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
     * Check names must not repeat in the schema, nor take the name of a primary key or foreign key: MySQL and H2 keep
     * constraint names per schema, and PostgreSQL per table.
     */
    private static void checkConstraintNames(Map<String, Table> tables) {
        Map<String, String> owners = new HashMap<>();
        for (Table table : tables.values()) {
            owners.put(table.primaryKeyName(), "the primary key of table " + table.name());
            table.foreignKeys().forEach(fk -> owners.put(fk.name(), "a foreign key of table " + table.name()));
        }
        Map<String, String> checks = new HashMap<>();
        for (Table table : tables.values()) {
            for (CheckConstraint check : table.checks()) {
                String other = owners.get(check.name());
                String otherCheck = checks.put(check.name(), table.name());
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

    private static void checkIndexNames(Map<String, Table> tables) {
        Map<String, String> owners = new HashMap<>();
        for (Table table : tables.values()) {
            for (Index index : table.indexes()) {
                String other = owners.put(index.name(), table.name());
                if (other != null) {
                    throw new StoriumException(
                            ErrorCode.SCHEMA_DEFINITION,
                            "Index " + index.name() + " is defined on both table " + other + " and table "
                                    + table.name() + "; index names are shared by the whole schema. Fix: give one"
                                    + " of them another name with index(...).name(\"...\").");
                }
            }
        }
    }
}
