package dev.storium.internal.diff;

import dev.storium.internal.model.CheckConstraint;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.DefaultValue;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.schema.ColumnType;
import dev.storium.schema.FkAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for schema models in tests. */
final class Schemas {
    private Schemas() {}

    static SchemaModel schema(Table... tables) {
        Map<String, Table> map = new LinkedHashMap<>();
        for (Table table : tables) {
            map.put(table.name(), table);
        }
        return new SchemaModel(map);
    }

    static Column col(String name, ColumnType type) {
        return new Column(name, type, null, null, null, null, false, null, null);
    }

    static Column varchar(String name, Integer length) {
        return new Column(name, ColumnType.VARCHAR, length, null, null, null, false, null, null);
    }

    static Column numeric(String name, Integer precision, Integer scale) {
        return new Column(name, ColumnType.NUMERIC, null, precision, scale, null, false, null, null);
    }

    static Column array(String name, ColumnType items) {
        return new Column(name, ColumnType.ARRAY, null, null, null, items, false, null, null);
    }

    static Column notNull(Column c) {
        return new Column(
                c.name(),
                c.type(),
                c.length(),
                c.precision(),
                c.scale(),
                c.items(),
                true,
                c.defaultValue(),
                c.renamedFrom());
    }

    static Column withDefault(Column c, String literal) {
        return new Column(
                c.name(),
                c.type(),
                c.length(),
                c.precision(),
                c.scale(),
                c.items(),
                c.notNull(),
                DefaultValue.literal(literal),
                c.renamedFrom());
    }

    static Column renamedFrom(Column c, String old) {
        return new Column(
                c.name(),
                c.type(),
                c.length(),
                c.precision(),
                c.scale(),
                c.items(),
                c.notNull(),
                c.defaultValue(),
                old);
    }

    static Column id() {
        return notNull(col("id", ColumnType.INTEGER));
    }

    static Index index(String name, boolean unique, String... columns) {
        return new Index(name, Arrays.asList(columns), unique, null);
    }

    static ForeignKey fk(String name, String column, String refTable, String refColumn) {
        return new ForeignKey(name, List.of(column), refTable, List.of(refColumn), FkAction.NO_ACTION, null);
    }

    static ForeignKey fk(String name, String column, String refTable, String refColumn, FkAction onDelete) {
        return new ForeignKey(name, List.of(column), refTable, List.of(refColumn), onDelete, null);
    }

    static TableBuilder table(String name) {
        return new TableBuilder(name);
    }

    /** A mutable builder of one table; the primary key defaults to {@code id} when the table has that column. */
    static final class TableBuilder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private List<String> primaryKey;
        private final List<Index> indexes = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private String renamedFrom;

        TableBuilder(String name) {
            this.name = name;
        }

        TableBuilder columns(Column... added) {
            columns.addAll(Arrays.asList(added));
            return this;
        }

        TableBuilder pk(String... names) {
            primaryKey = Arrays.asList(names);
            return this;
        }

        TableBuilder indexes(Index... added) {
            indexes.addAll(Arrays.asList(added));
            return this;
        }

        TableBuilder fks(ForeignKey... added) {
            foreignKeys.addAll(Arrays.asList(added));
            return this;
        }

        TableBuilder check(String checkName, String condition) {
            checks.add(new CheckConstraint(checkName, condition));
            return this;
        }

        TableBuilder renamedFrom(String old) {
            renamedFrom = old;
            return this;
        }

        Table build() {
            List<String> pk = primaryKey != null
                    ? primaryKey
                    : columns.stream().anyMatch(c -> c.name().equals("id")) ? List.of("id") : List.of();
            return new Table(name, columns, pk, indexes, foreignKeys, checks, null, renamedFrom);
        }
    }
}
