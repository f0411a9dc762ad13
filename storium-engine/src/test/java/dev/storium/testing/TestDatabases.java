package dev.storium.testing;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Fresh, private databases for one test class: a PostgreSQL database and a MariaDB database with unique names on the
 * local servers, a temporary SQLite file and a unique H2 in-memory database. Create one in {@code @BeforeAll} (or per
 * test), call {@link #reset(Dialect)} for an empty database, and {@link #close()} in {@code @AfterAll} to drop them.
 */
public final class TestDatabases implements AutoCloseable {
    /** The PostgreSQL server of the development machines and CI. */
    public static final String POSTGRES_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    /** The MariaDB server of the development machines and CI (spoken to with MySQL Connector/J). */
    public static final String MARIADB_SERVER = "jdbc:mysql://127.0.0.1:3306/";

    private static final String MARIADB_OPTIONS = "?user=root&password=&useSSL=false&allowPublicKeyRetrieval=true";

    private final String purpose;
    private final Map<Dialect, String> names = new EnumMap<>(Dialect.class);
    private final Path directory;

    private TestDatabases(String purpose) {
        this.purpose = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        try {
            this.directory = Files.createTempDirectory("storium_" + this.purpose);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Databases named after {@code purpose} (such as the test class's simple name); none is created before use. */
    public static TestDatabases forPurpose(String purpose) {
        return new TestDatabases(purpose);
    }

    /** The JDBC URL of this fixture's database of a dialect, creating the database on first use. */
    public synchronized String url(Dialect dialect) {
        String name = names.get(dialect);
        if (name == null) {
            name = "storium_" + purpose + "_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            create(dialect, name);
            names.put(dialect, name);
        }
        switch (dialect) {
            case POSTGRESQL:
                return POSTGRES_SERVER + name + "?user=postgres";
            case MYSQL:
                return MARIADB_SERVER + name + MARIADB_OPTIONS;
            case SQLITE:
                return "jdbc:sqlite:" + directory.resolve(name + ".db");
            default:
                return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        }
    }

    /** A new connection to this fixture's database of a dialect; the caller closes it. */
    /** A configuration of {@code dialect} on this set's database, with the migrations directory {@code out}. */
    public StoriumConfig config(Dialect dialect, Path out) {
        Path here = Path.of("").toAbsolutePath();
        return new StoriumConfig(
                dialect, url(dialect), null, null, List.of(), List.of(), out, List.of(), Map.of(), null, here, null);
    }

    public Connection connect(Dialect dialect) throws SQLException {
        return DriverManager.getConnection(url(dialect));
    }

    /** Drops this fixture's database of a dialect, so the next {@link #url} or {@link #connect} gets an empty one. */
    public synchronized void reset(Dialect dialect) {
        String name = names.remove(dialect);
        if (name != null) {
            drop(dialect, name);
        }
    }

    /** Drops every database this fixture created and deletes its temporary directory. */
    @Override
    public synchronized void close() {
        for (Dialect dialect : Dialect.values()) {
            reset(dialect);
        }
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void create(Dialect dialect, String name) {
        switch (dialect) {
            case POSTGRESQL:
                server(POSTGRES_SERVER + "postgres?user=postgres", "CREATE DATABASE \"" + name + "\"");
                break;
            case MYSQL:
                server(MARIADB_SERVER + MARIADB_OPTIONS, "CREATE DATABASE `" + name + "`");
                break;
            default:
                break;
        }
    }

    private void drop(Dialect dialect, String name) {
        switch (dialect) {
            case POSTGRESQL:
                server(
                        POSTGRES_SERVER + "postgres?user=postgres",
                        "DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
                break;
            case MYSQL:
                server(MARIADB_SERVER + MARIADB_OPTIONS, "DROP DATABASE IF EXISTS `" + name + "`");
                break;
            case SQLITE:
                try {
                    Files.deleteIfExists(directory.resolve(name + ".db"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                break;
            default:
                server("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "SHUTDOWN");
                break;
        }
    }

    private static void server(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database setup failed: " + sql + ": " + e.getMessage(), e);
        }
    }
}
