package dev.storium.internal.pull;

import dev.storium.config.Dialect;
import dev.storium.internal.catalog.ExactReading;
import dev.storium.internal.model.EnumType;
import dev.storium.internal.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the writer of one table needs to know of the others: the dialect, each table's DSL keys and constant, which
 * constants are declared already (a key to a later one names its table), the enums' constants, the database's own
 * types, and the warnings so far.
 */
final class Scope {
    final Dialect dialect;
    final ExactReading reading;
    final Map<String, Map<String, String>> keys = new LinkedHashMap<>();
    final Map<String, String> constants = new LinkedHashMap<>();
    final Map<EnumType, String> enums = new LinkedHashMap<>();
    /** The constant of each named schema, by its name. */
    final Map<String, String> schemas = new LinkedHashMap<>();

    final Set<String> declared = new HashSet<>();
    final List<String> warnings = new ArrayList<>();
    final Set<String> imports = new HashSet<>();
    /** The tables as the written code declares them, by name. */
    final Map<String, Table> written = new LinkedHashMap<>();

    Scope(Dialect dialect, ExactReading reading) {
        this.dialect = dialect;
        this.reading = reading;
    }

    /** The DSL key of a column of a table that is written. */
    String key(String table, String column) {
        return keys.get(table).get(column);
    }

    /** The keys of these columns of a table, as string literals. */
    String[] keyLiterals(String table, List<String> columns) {
        return columns.stream().map(c -> JavaText.quote(key(table, c))).toArray(String[]::new);
    }

    /** A key's target as the DSL takes it: the constant when it is declared above, else the table's name. */
    String target(String table) {
        return declared.contains(table) ? constants.get(table) : JavaText.quote(table);
    }

    /** Records that what is at {@code where} cannot be written as the database has it, and why. */
    String warn(String where, String reason) {
        warnings.add(where + ": " + reason);
        return reason;
    }

    /**
     * True when a column may be written as its database's own type (CUSTOM): the DSL wants a foreign key's columns of
     * the referenced columns' types, so a column of a key whose other side has another own type (SQLite's {@code int}
     * referencing an {@code integer}) is written as its model type.
     */
    boolean ownTypeFits(String table, String column) {
        String own = reading.ownType(table, column);
        for (Table from : reading.model().tables().values()) {
            for (var key : from.foreignKeys()) {
                for (int i = 0; i < key.columns().size(); i++) {
                    String partner = null;
                    if (from.name().equals(table) && key.columns().get(i).equals(column)) {
                        partner =
                                reading.ownType(key.refTable(), key.refColumns().get(i));
                    } else if (key.refTable().equals(table)
                            && key.refColumns().get(i).equals(column)) {
                        partner = reading.ownType(from.name(), key.columns().get(i));
                    } else {
                        continue;
                    }
                    if (!java.util.Objects.equals(own, partner)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** True when a table of that name is written. */
    boolean writes(String table) {
        return keys.containsKey(table);
    }

    Table table(String name) {
        return reading.model().tables().get(name);
    }
}
