package dev.storium.bench;

import dev.storium.config.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database of its own for one sample: created with a unique name on the PostgreSQL or MariaDB server (or as a new
 * SQLite file) and dropped by {@link #close()}.
 *
 * @param url the JDBC URL of the new database, user included (the servers trust local connections)
 */
record Database(Dialect dialect, String name, String url, Path file) implements AutoCloseable {
    static final String POSTGRES_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    static final String MARIADB_SERVER = "jdbc:mysql://127.0.0.1:3306/?user=root";

    /** A new empty database; {@code sqliteDir} holds the SQLite files. */
    static Database create(Dialect dialect, Path sqliteDir) throws Exception {
        String name =
                "storium_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        switch (dialect) {
            case POSTGRESQL:
                execute(POSTGRES_SERVER, "create database " + name);
                return new Database(dialect, name, "jdbc:postgresql://127.0.0.1:5432/" + name + "?user=postgres", null);
            case MYSQL:
                execute(MARIADB_SERVER, "create database " + name);
                return new Database(dialect, name, "jdbc:mysql://127.0.0.1:3306/" + name + "?user=root", null);
            case SQLITE:
                Files.createDirectories(sqliteDir);
                Path file = sqliteDir.resolve(name + ".db");
                return new Database(dialect, name, "jdbc:sqlite:" + file, file);
            default:
                throw new IllegalArgumentException("no benchmark database for " + dialect);
        }
    }

    /** The URL with a driver option appended, such as batch rewriting. */
    String urlWith(String option) {
        return url + (url.contains("?") ? "&" : "?") + option;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** The server's version line, for the machine description. */
    static String version(String serverUrl) {
        try (Connection c = DriverManager.getConnection(serverUrl)) {
            return c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "unreachable (" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws Exception {
        switch (dialect) {
            case POSTGRESQL:
                execute(POSTGRES_SERVER, "drop database if exists " + name + " with (force)");
                break;
            case MYSQL:
                execute(MARIADB_SERVER, "drop database if exists " + name);
                break;
            default:
                Files.deleteIfExists(file);
        }
    }

    private static void execute(String serverUrl, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
