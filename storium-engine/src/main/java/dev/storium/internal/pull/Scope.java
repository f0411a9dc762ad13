package dev.storium.internal.pull;

import dev.storium.config.Dialect;
import dev.storium.internal.catalog.ExactReading;
import dev.storium.internal.model.EnumType;
import dev.storium.internal.model.Table;
import dev.storium.internal.sql.SqlTypes;
import dev.storium.schema.ColumnType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the writer of one table needs to know of the others: the dialect, each table's DSL keys and constant, which
 * constants are declared already and in which class (a key to a later one names its table; one to another class names
 * that class too), the enums' constants and classes, the database's own types, and the warnings so far.
 */
final class Scope {
    final Dialect dialect;
    final ExactReading reading;
    final Map<String, Map<String, String>> keys = new LinkedHashMap<>();
    final Map<String, String> constants = new LinkedHashMap<>();
    final Map<EnumType, String> enums = new LinkedHashMap<>();
    /** The class each declared table and enum is in, by table name or enum. */
    final Map<Object, String> classes = new HashMap<>();
    /** The constant of each named schema, by its name. */
    final Map<String, String> schemas = new LinkedHashMap<>();

    final Set<String> declared = new HashSet<>();
    final List<String> warnings = new ArrayList<>();
    /** The class being written, and what it imports and the named schemas its declarations live in: swapped per class. */
    String current = "";

    Set<String> imports = new HashSet<>();
    Set<String> schemasUsed = new TreeSet<>();
    /** The tables as the written code declares them, by name. */
    final Map<String, Table> written = new LinkedHashMap<>();

    Scope(Dialect dialect, ExactReading reading) {
        this.dialect = dialect;
        this.reading = reading;
        // what the model cannot hold of an object or table comes first; a column's is noted at the column
        reading.omissions().stream()
                .filter(omission -> omission.column() == null)
                .forEach(omission -> warnings.add(omission.warning()));
    }

    /** The reasons of what the model cannot hold of a column, each also a warning. */
    List<String> omissions(String table, String column) {
        return reading.omissions().stream()
                .filter(o -> table.equals(o.table()) && column.equals(o.column()))
                .map(o -> warn(o.what(), o.reason()))
                .toList();
    }

    /** The DSL key of a column of a table that is written. */
    String key(String table, String column) {
        return keys.get(table).get(column);
    }

    /** The keys of these columns of a table, as string literals. */
    String[] keyLiterals(String table, List<String> columns) {
        return columns.stream().map(c -> JavaText.quote(key(table, c))).toArray(String[]::new);
    }

    /**
     * A key's target as the DSL takes it: the constant when it is declared above (with its class, {@code
     * SalesSchema.SALES_ORDERS}, when that is another one), else the table's name.
     */
    String target(String table) {
        return declared.contains(table) ? inClass(table, constants.get(table)) : JavaText.quote(table);
    }

    /** The constant of an enum declared already, with its class when that is another one. */
    String enumConstant(EnumType type) {
        return inClass(type, enums.get(type));
    }

    private String inClass(Object declaration, String constant) {
        String owner = classes.get(declaration);
        return owner == null || owner.equals(current) ? constant : owner + "." + constant;
    }

    /** Records that what is at {@code where} cannot be written as the database has it, and why. */
    String warn(String where, String reason) {
        warnings.add(where + ": " + reason);
        return reason;
    }

    /**
     * True when a column may be written as its database's own type (CUSTOM): the DSL wants a foreign key's columns of
     * the referenced columns' types, so a column of a key whose other side is declared otherwise (SQLite's {@code int}
     * referencing an {@code integer}) is written as its model type. MySQL's {@code auto_increment} is no part of the
     * type: an {@code int unsigned auto_increment} key fits the {@code int unsigned} columns referencing it. Nor does a
     * column fit whose other side keeps its default, and with it its model type, since a custom type takes no default
     * (MySQL's {@code tinyint(4) default 0} referencing a {@code tinyint(4)} key: both are written as integer).
     */
    boolean ownTypeFits(String table, String column) {
        String own = declared(table, column);
        for (Table from : reading.model().tables().values()) {
            for (var key : from.foreignKeys()) {
                for (int i = 0; i < key.columns().size(); i++) {
                    String partner;
                    if (from.name().equals(table) && key.columns().get(i).equals(column)) {
                        partner = declared(key.refTable(), key.refColumns().get(i));
                    } else if (key.refTable().equals(table)
                            && key.refColumns().get(i).equals(column)) {
                        partner = declared(from.name(), key.columns().get(i));
                    } else {
                        continue;
                    }
                    boolean partnerKept = from.name().equals(table)
                            ? keepsDefault(key.refTable(), key.refColumns().get(i))
                            : keepsDefault(from.name(), key.columns().get(i));
                    if (!own.equals(partner) || partnerKept) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The type a column of a foreign key is written as when the column it references is MySQL's own numbered type
     * (written as a custom type, {@code int unsigned auto_increment}), since the DSL wants a key's columns of the
     * referenced columns' types: its own declaration ({@code int unsigned}); else null.
     */
    String referencingOwnType(String table, String column) {
        Table from = reading.model().tables().get(table);
        if (dialect != Dialect.MYSQL || from == null) {
            return null;
        }
        for (var key : from.foreignKeys()) {
            int i = key.columns().indexOf(column);
            if (i < 0) {
                continue;
            }
            String target = reading.ownType(key.refTable(), key.refColumns().get(i));
            if (target != null
                    && target.endsWith(" auto_increment")
                    && ownTypeFits(key.refTable(), key.refColumns().get(i))) {
                return declared(table, column);
            }
        }
        return null;
    }

    /**
     * True when a column of the database's own type is written as its model type to keep its default (as {@link
     * ColumnWriter} does: a custom type takes no default, but text's does).
     */
    boolean keepsDefault(String table, String column) {
        Table read = reading.model().tables().get(table);
        var model = read == null ? null : read.column(column).orElse(null);
        return model != null
                && reading.ownType(table, column) != null
                && model.defaultValue() != null
                && model.type() != ColumnType.TEXT;
    }

    /** How a column's type is declared: its own type, else its model type's SQL, without MySQL's auto_increment. */
    private String declared(String table, String column) {
        String own = reading.ownType(table, column);
        if (own == null) {
            Table read = reading.model().tables().get(table);
            var model = read == null ? null : read.column(column).orElse(null);
            own = model == null ? "" : SqlTypes.of(dialect, model);
        }
        return own.toLowerCase(Locale.ROOT)
                .replaceAll("\\s*([(),])\\s*", "$1")
                .replace(" auto_increment", "")
                .strip();
    }

    /** True when a table of that name is written. */
    boolean writes(String table) {
        return keys.containsKey(table);
    }

    Table table(String name) {
        return reading.model().tables().get(name);
    }
}
