package dev.storium.concurrency;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.testing.GaleraCluster;
import dev.storium.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.h2.tools.Server;

/**
 * One database of a dialect that several processes reach: a fresh PostgreSQL or MariaDB database
 * ({@link TestDatabases}), a SQLite file, or an H2 in-memory database served over TCP by a server in the test JVM
 * (an H2 {@code mem:} URL reaches only its own process), or a database of the Galera test cluster. {@link #close()}
 * drops it.
 */
final class SharedDatabase implements AutoCloseable {
    private final Dialect dialect;
    private final TestDatabases databases;
    private final Server h2Server;
    private final String url;
    private final GaleraCluster cluster;

    private SharedDatabase(Dialect dialect, TestDatabases databases, Server h2Server, String url) {
        this(dialect, databases, h2Server, url, null);
    }

    private SharedDatabase(
            Dialect dialect, TestDatabases databases, Server h2Server, String url, GaleraCluster cluster) {
        this.dialect = dialect;
        this.databases = databases;
        this.h2Server = h2Server;
        this.url = url;
        this.cluster = cluster;
    }

    /** A fresh database on the Galera test cluster, reached through node {@code node} (0, 1 or 2). */
    static SharedDatabase onCluster(String purpose, int node) {
        GaleraCluster cluster = GaleraCluster.fresh(purpose);
        return new SharedDatabase(Dialect.MYSQL, null, null, cluster.url(node), cluster);
    }

    /** The cluster of a database made by {@link #onCluster}. */
    GaleraCluster cluster() {
        return cluster;
    }

    static SharedDatabase create(Dialect dialect, String purpose) throws SQLException {
        TestDatabases databases = TestDatabases.forPurpose(purpose);
        if (dialect != Dialect.MEMORY) {
            return new SharedDatabase(dialect, databases, null, databases.url(dialect));
        }
        Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        String name = "storium_" + purpose.toLowerCase(Locale.ROOT) + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String url = "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/mem:" + name + ";DB_CLOSE_DELAY=-1";
        return new SharedDatabase(dialect, databases, server, url);
    }

    Dialect dialect() {
        return dialect;
    }

    String url() {
        return url;
    }

    /** A configuration for this database and the migrations directory {@code out}. */
    StoriumConfig config(Path out) {
        return new StoriumConfig(
                dialect, url, null, null, List.of(), List.of(), out, List.of(), Map.of(), null, out.getParent(), null);
    }

    /** The arguments of a {@link MigrateProcess} that migrates this database from {@code out}. */
    List<String> childArguments(Path out) {
        return List.of("dialect=" + dialect.key(), "url=" + url, "out=" + out);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The first column of the first row of {@code sql}. */
    long number(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The number of rows of {@code table}, a name as generate wrote it (lower case). */
    long rows(String table) throws SQLException {
        return number("SELECT COUNT(*) FROM " + (dialect == Dialect.MEMORY ? "\"" + table + "\"" : table));
    }

    /** The history table's rows per tag (more than one would be a file applied twice); empty without the table. */
    Map<String, Integer> historyCounts() throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        if (!tableExists(StoriumConfig.DEFAULT_MIGRATIONS_TABLE)) {
            return counts;
        }
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT tag FROM " + StoriumConfig.DEFAULT_MIGRATIONS_TABLE
                        + " WHERE success = " + (dialect == Dialect.SQLITE ? "1" : "TRUE"))) {
            while (rows.next()) {
                counts.merge(rows.getString(1), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** True when a table (of any case) of that name exists in the database's default schema. */
    boolean tableExists(String table) throws SQLException {
        try (Connection connection = connect()) {
            String schema = dialect == Dialect.POSTGRESQL ? "public" : dialect == Dialect.MEMORY ? "PUBLIC" : null;
            for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rows = connection.getMetaData().getTables(connection.getCatalog(), schema, name, null)) {
                    if (rows.next()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    @Override
    public void close() {
        if (h2Server != null) {
            h2Server.stop();
        }
        if (databases != null) {
            databases.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }
}
