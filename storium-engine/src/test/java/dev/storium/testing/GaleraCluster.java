package dev.storium.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The 3-node MariaDB Galera cluster of the cluster tests, started by {@code .ci/galera start} on 127.0.0.1:3311 to
 * 3313 ({@code .ci/run} starts it before the build). {@link #fresh(String)} checks that every node is up and synced and
 * creates a randomly named database, which replication brings to every node; {@link #close()} drops it. When the
 * cluster is not running the test fails with a message saying how to start it: a cluster test that skipped silently
 * would prove nothing.
 */
public final class GaleraCluster implements AutoCloseable {
    /** The nodes' MariaDB ports, node 1 first. */
    public static final List<Integer> PORTS = List.of(3311, 3312, 3313);

    private static final String OPTIONS = "?user=root&password=&useSSL=false&allowPublicKeyRetrieval=true";

    private final String database;

    private GaleraCluster(String database) {
        this.database = database;
    }

    /** A fresh database named after {@code purpose} on the running cluster; fails when the cluster is not ready. */
    public static GaleraCluster fresh(String purpose) {
        requireSynced();
        String name = "storium_" + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        execute(server(0), "CREATE DATABASE `" + name + "`");
        return new GaleraCluster(name);
    }

    /** Fails with the command to run unless every node answers, is {@code Synced} and sees a cluster of 3. */
    public static void requireSynced() {
        for (int node = 0; node < PORTS.size(); node++) {
            String state;
            String size;
            try (Connection connection = DriverManager.getConnection(server(node))) {
                state = status(connection, "wsrep_local_state_comment");
                size = status(connection, "wsrep_cluster_size");
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "The Galera test cluster is not running: node " + (node + 1) + " on 127.0.0.1:"
                                + PORTS.get(node) + " does not answer (" + e.getMessage() + "). Start it with"
                                + " .ci/galera start (from the repository root; .ci/run does it before the build),"
                                + " and stop it afterwards with .ci/galera stop.",
                        e);
            }
            if (!"Synced".equals(state) || !"3".equals(size)) {
                throw new IllegalStateException("The Galera test cluster is not ready: node " + (node + 1) + " is "
                        + state + " in a cluster of " + size + " (expected Synced in a cluster of 3). Restart it with"
                        + " .ci/galera start.");
            }
        }
    }

    /** The database's name. */
    public String database() {
        return database;
    }

    /** The JDBC URL of this database on {@code node} (0, 1 or 2). */
    public String url(int node) {
        return "jdbc:mysql://127.0.0.1:" + PORTS.get(node) + "/" + database + OPTIONS;
    }

    /** A new connection to this database on {@code node}; the caller closes it. */
    public Connection connect(int node) throws SQLException {
        return DriverManager.getConnection(url(node));
    }

    /** Drops the database (on node 1; replication drops it everywhere). */
    @Override
    public void close() {
        execute(server(0), "DROP DATABASE IF EXISTS `" + database + "`");
    }

    /** The URL of {@code node} without a database. */
    public static String server(int node) {
        return "jdbc:mysql://127.0.0.1:" + PORTS.get(node) + "/" + OPTIONS;
    }

    private static String status(Connection connection, String variable) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS LIKE '" + variable + "'")) {
            while (rows.next()) {
                values.add(rows.getString(2));
            }
        }
        return values.isEmpty() ? "not a Galera node" : values.get(0);
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Galera test database setup failed: " + sql + ": " + e.getMessage(), e);
        }
    }
}
