package dev.storium.internal.catalog;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Sequence;
import dev.storium.internal.model.View;
import dev.storium.internal.sql.SqlRenderer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a live database into the schema model: each dialect's catalog queried directly and normalised (types,
 * defaults, identity, generated indexes, foreign-key actions) into the records the code and the snapshots produce,
 * so the same diff runs against it. See docs/push.md for the rules per dialect.
 */
public final class LiveSchema {
    private LiveSchema() {}

    /**
     * The tables of the connection's current schema (database on MySQL) as the catalog alone describes them, without
     * the {@code excludedTables} (such as the history table) and tables Storium never owns.
     */
    public static SchemaModel read(Connection connection, Dialect dialect, Set<String> excludedTables) {
        return read(connection, dialect, excludedTables, SchemaModel.empty());
    }

    /**
     * The tables of the connection's current schema and, on PostgreSQL and H2, of the named schemas {@code code} puts
     * objects in (a dialect without named schemas refuses such a {@code code} with {@code UNSUPPORTED}), each column, index and foreign key read the way {@code code}
     * declares it wherever the database stores both alike (a MySQL {@code varchar(36)} the code declares as uuid is
     * read as uuid); what is stored differently keeps the catalog's reading, so diffing against {@code code} finds
     * exactly the differences the database would show.
     */
    public static SchemaModel read(
            Connection connection, Dialect dialect, Set<String> excludedTables, SchemaModel code) {
        SqlRenderer.checkSchemas(dialect, code); // refused before a MySQL or SQLite catalog reads them
        return read(connection, dialect, excludedTables, code, code.schemas());
    }

    /** As {@link #read(Connection, Dialect, Set, SchemaModel)}, reading the named {@code schemas} (pull: all). */
    static SchemaModel read(
            Connection connection, Dialect dialect, Set<String> excludedTables, SchemaModel code, Set<String> schemas) {
        try {
            Catalog catalog = catalog(connection, dialect);
            catalog.schemas = schemas;
            List<LiveTable> tables =
                    withoutFlywayHistory(catalog.unnamed.tables(catalog.read(Set.copyOf(excludedTables))));
            SchemaModel read = Alignment.align(
                    dialect,
                    tables,
                    code,
                    catalog::storedCondition,
                    catalog::storedExpressions,
                    catalog::storedType,
                    catalog::storedExpression,
                    catalog::defaultOpclass);
            if (!code.sequences().isEmpty() && catalog.sequencesProblem() != null) {
                throw new StoriumException(
                        ErrorCode.UNSUPPORTED,
                        "Sequence " + code.sequences().keySet().iterator().next() + " cannot be kept: "
                                + catalog.sequencesProblem() + ".");
            }
            // a view that calls a function of the database's own is not the code's unless the code declares it
            Map<String, String> callers = catalog.viewsCallingOwnFunctions();
            List<View> views = catalog.unnamed.views(catalog.views()).stream()
                    .filter(view ->
                            !callers.containsKey(view.name()) || code.views().containsKey(view.name()))
                    .toList();
            return read.withViews(Alignment.views(views, code, view -> catalog.storedView(view, code)))
                    .withSequences(catalog.sequences().stream()
                            .collect(java.util.stream.Collectors.toMap(Sequence::name, s -> s)));
        } catch (SQLException e) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    "Could not read the schema of the " + dialect.key() + " database: " + e.getMessage()
                            + ". Check that the user may read the catalog (information_schema, pg_catalog or"
                            + " sqlite_master) and run again.",
                    e);
        }
    }

    /** The columns of Flyway's history table, whatever Flyway's {@code flyway.table} named it. */
    private static final Set<String> FLYWAY_HISTORY_COLUMNS = Set.of(
            "installed_rank",
            "version",
            "description",
            "type",
            "script",
            "checksum",
            "installed_by",
            "installed_on",
            "execution_time",
            "success");

    /**
     * The tables without Flyway's history table, known by its columns since Flyway may have been told another name for
     * it ({@code flyway.table}): like Storium's own history, it is no table of the schema, and Storium leaves it as it
     * is.
     */
    static List<LiveTable> withoutFlywayHistory(List<LiveTable> tables) {
        return tables.stream()
                .filter(live -> !live.table().columns().stream()
                        .map(column -> column.name().toLowerCase(java.util.Locale.ROOT))
                        .collect(java.util.stream.Collectors.toSet())
                        .equals(FLYWAY_HISTORY_COLUMNS))
                .toList();
    }

    static Catalog catalog(Connection connection, Dialect dialect) {
        switch (dialect) {
            case POSTGRESQL:
                return new PostgresCatalog(connection);
            case MYSQL:
                return new MysqlCatalog(connection);
            case SQLITE:
                return new SqliteCatalog(connection);
            case MEMORY:
                return new H2Catalog(connection);
            default:
                throw new IllegalArgumentException("no catalog reader for dialect " + dialect);
        }
    }
}
