package dev.storium.internal.catalog;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A live database read for writing its schema as code ({@code storium:pull}): the catalog's reading of {@link
 * LiveSchema}, and for each column whose Storium type the database does not store as it stores that column (a
 * PostgreSQL {@code double precision} reads as real, a MySQL {@code mediumint} as integer, an unknown type as text) the
 * database's own type text, which the code can then declare as a custom type.
 *
 * @param model the live schema as the catalog alone describes it
 * @param ownTypes by table name, by column name: the SQL type of each column its model type does not reproduce, as
 *     the catalog reports it (lower case); with {@code identity} / {@code auto_increment} / {@code autoincrement}
 *     appended for a column numbered by the database
 * @param unreadSchemas the named schemas not read, as the DSL cannot declare their names
 * @param omissions what of the database the model cannot hold (triggers, routines, domains' constraints, partitions,
 *     ...), each for a warning
 */
public record ExactReading(
        SchemaModel model,
        Map<String, Map<String, String>> ownTypes,
        List<String> unreadSchemas,
        List<Omission> omissions) {
    public ExactReading {
        unreadSchemas = List.copyOf(unreadSchemas);
        omissions = List.copyOf(omissions);
        Map<String, Map<String, String>> copy = new TreeMap<>();
        ownTypes.forEach(
                (table, columns) -> copy.put(table, Collections.unmodifiableMap(new LinkedHashMap<>(columns))));
        ownTypes = Collections.unmodifiableMap(copy);
    }

    /** A reading of every schema there is, with nothing the model cannot hold. */
    public ExactReading(SchemaModel model, Map<String, Map<String, String>> ownTypes) {
        this(model, ownTypes, List.of(), List.of());
    }

    /** The database's own type of a column, or null when its model type stores it alike. */
    public String ownType(String table, String column) {
        return ownTypes.getOrDefault(table, Map.of()).get(column);
    }

    /**
     * Reads the connection's current schema (database on MySQL) and, on PostgreSQL and H2, every named schema whose
     * name the DSL can declare (1 to 63 of {@code A-Z a-z 0-9 _}), without the {@code excludedTables}.
     */
    public static ExactReading read(Connection connection, Dialect dialect, Set<String> excludedTables) {
        try {
            Catalog catalog = LiveSchema.catalog(connection, dialect);
            Set<String> schemas = new TreeSet<>();
            List<String> unread = new ArrayList<>();
            for (String schema : catalog.namedSchemas()) {
                (schema.matches("[A-Za-z0-9_]{1,63}") ? schemas : unread).add(schema);
            }
            catalog.schemas = schemas;
            SchemaModel model = LiveSchema.read(connection, dialect, excludedTables, SchemaModel.empty(), schemas);
            Map<String, Map<String, String>> ownTypes = new TreeMap<>();
            for (LiveTable live :
                    LiveSchema.withoutFlywayHistory(catalog.unnamed.tables(catalog.read(Set.copyOf(excludedTables))))) {
                Table table = model.table(live.table().name()).orElse(live.table());
                Map<String, String> own = new LinkedHashMap<>();
                for (Column column : table.columns()) {
                    String stored = live.storage().get(column.name());
                    if (stored != null && !stored.equals(Storage.of(dialect, table, column))) {
                        own.put(column.name(), stored);
                    }
                }
                if (!own.isEmpty()) {
                    ownTypes.put(table.name(), own);
                }
            }
            catalog.unnamed.views(catalog.views()); // notes the views left out, for the omissions
            return new ExactReading(model, ownTypes, unread, catalog.omissions());
        } catch (SQLException e) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    "Could not read the column types of the " + dialect.key() + " database: " + e.getMessage()
                            + ". Check that the user may read the catalog (information_schema, pg_catalog or"
                            + " sqlite_master) and run again.",
                    e);
        }
    }
}
