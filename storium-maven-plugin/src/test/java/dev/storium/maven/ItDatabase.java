package dev.storium.maven;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * The database of one invoker build, for its {@code setup.groovy} and {@code verify.groovy} (the invoker puts this
 * module's test class path on theirs): a server database of its own with a unique name, recorded as {@code url} in
 * the project's {@code storium.config.properties}, where the goals and the project's own tests read it.
 */
public final class ItDatabase {
    /** The file the build's goals read their URL from. */
    public static final String CONFIG_FILE = "storium.config.properties";

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String MARIADB = "jdbc:mysql://127.0.0.1:3306/";

    private final String url;

    private ItDatabase(String url) {
        this.url = url;
    }

    /** Creates {@code storium_it_<purpose>_<random>} on PostgreSQL and records its URL in the project directory. */
    public static ItDatabase createPostgres(File basedir, String purpose) throws SQLException, IOException {
        String name = uniqueName(purpose);
        execute(POSTGRES + "postgres?user=postgres", "CREATE DATABASE " + name);
        return record(basedir, POSTGRES + name + "?user=postgres");
    }

    /** Creates {@code storium_it_<purpose>_<random>} on MariaDB and records its URL in the project directory. */
    public static ItDatabase createMariaDb(File basedir, String purpose) throws SQLException, IOException {
        String name = uniqueName(purpose);
        execute(MARIADB + "?user=root", "CREATE DATABASE " + name);
        return record(basedir, MARIADB + name + "?user=root");
    }

    /** A SQLite database file, for reading what a build left in it. */
    public static ItDatabase sqlite(File file) {
        return new ItDatabase("jdbc:sqlite:" + file.getAbsolutePath());
    }

    /** A new SQLite database file {@code target/<name>.db} of the project, recorded in its config file. */
    public static ItDatabase createSqlite(File basedir, String name) throws IOException {
        File file = new File(basedir, "target/" + name + ".db");
        Files.createDirectories(file.getParentFile().toPath());
        Files.deleteIfExists(file.toPath());
        return record(basedir, "jdbc:sqlite:" + file.getAbsolutePath().replace('\\', '/'));
    }

    /**
     * Migrates this database from the drizzle-kit folder {@code folder} as drizzle-orm's SQLite migrator does: creates
     * {@code __drizzle_migrations} with the migrator's DDL, runs each journal entry's statements (split at {@code -->
     * statement-breakpoint}) and inserts the SHA-256 of the file's text and the entry's {@code when}.
     */
    public void migrateLikeDrizzle(File folder) throws IOException, SQLException {
        execute("CREATE TABLE IF NOT EXISTS __drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL,"
                + " created_at numeric)");
        com.fasterxml.jackson.databind.JsonNode journal =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(new File(folder, "meta/_journal.json"));
        for (com.fasterxml.jackson.databind.JsonNode entry : journal.path("entries")) {
            String text = Files.readString(new File(folder, entry.path("tag").asText() + ".sql").toPath());
            execute(text.split("--> statement-breakpoint"));
            String hash;
            try {
                hash = java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            execute("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('" + hash + "', "
                    + entry.path("when").asLong() + ")");
        }
    }

    /** The database recorded in the project directory by {@code create...}. */
    public static ItDatabase of(File basedir) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(new File(basedir, CONFIG_FILE).toPath())) {
            properties.load(reader);
        }
        return new ItDatabase(properties.getProperty("url"));
    }

    /** The JDBC URL, without a password (the servers of the tests have none). */
    public String url() {
        return url;
    }

    /** Runs each statement in order. */
    public void execute(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The rows of a query, each a map from lower-case column label to value, in order. */
    public List<Map<String, Object>> rows(String query) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(result.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), result.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The names of the tables in the database's own schema, in Java's string order (the servers' collations differ). */
    public List<String> tables() throws SQLException {
        String query;
        if (url.startsWith(POSTGRES)) {
            query = "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'";
        } else if (url.startsWith(MARIADB)) {
            query = "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()";
        } else {
            query = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        }
        List<String> names = new ArrayList<>();
        for (Map<String, Object> row : rows(query)) {
            names.add(String.valueOf(row.get("name")));
        }
        Collections.sort(names);
        return names;
    }

    /**
     * Applies the project's committed migrations (its {@code migrations} directory) with Storium's engine, as the
     * migrate of an earlier build would have.
     */
    public void migrate(File basedir) {
        dev.storium.result.MigrateResult result =
                dev.storium.Storium.migrate(config(basedir), dev.storium.options.MigrateOptions.DEFAULTS);
        if (!result.success()) {
            throw new IllegalStateException(result.message());
        }
    }

    /**
     * Runs the statements of the project's migration {@code tag} by hand and records it as applied with the engine's
     * baseline, leaving the later migrations pending.
     */
    public void applyOnly(File basedir, String tag) throws IOException, SQLException {
        String sql = Files.readString(new File(basedir, "migrations/" + tag + ".sql").toPath());
        execute(sql.split("--> statement-breakpoint"));
        dev.storium.result.BaselineResult result = dev.storium.Storium.baseline(config(basedir), tag);
        if (!result.success()) {
            throw new IllegalStateException(result.message());
        }
    }

    private dev.storium.config.StoriumConfig config(File basedir) {
        dev.storium.config.Dialect dialect = url.startsWith(POSTGRES)
                ? dev.storium.config.Dialect.POSTGRESQL
                : url.startsWith(MARIADB) ? dev.storium.config.Dialect.MYSQL : dev.storium.config.Dialect.SQLITE;
        return new dev.storium.config.StoriumConfig(
                dialect,
                url,
                null,
                null,
                List.of(),
                List.of(),
                basedir.toPath().resolve("migrations"),
                List.of(),
                Map.of(),
                null,
                basedir.toPath(),
                null);
    }

    /** Drops the database, even while a session still holds it. */
    public void drop() throws SQLException {
        String name = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
        if (url.startsWith(POSTGRES)) {
            execute(POSTGRES + "postgres?user=postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } else {
            execute(MARIADB + "?user=root", "DROP DATABASE IF EXISTS " + name);
        }
    }

    private static ItDatabase record(File basedir, String url) throws IOException {
        try (Writer writer =
                Files.newBufferedWriter(new File(basedir, CONFIG_FILE).toPath(), StandardCharsets.ISO_8859_1)) {
            writer.write("# written by setup.groovy: this build's own database, dropped by verify.groovy\n");
            writer.write("url=" + url + "\n");
        }
        return new ItDatabase(url);
    }

    private static String uniqueName(String purpose) {
        return "storium_it_" + purpose + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static void execute(String serverUrl, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
