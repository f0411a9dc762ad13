package dev.storium.internal.migrate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.internal.history.History;
import dev.storium.internal.history.HistoryRow;
import dev.storium.internal.migration.Migration;
import dev.storium.internal.migration.MigrationFolder;
import dev.storium.internal.migration.MigrationSql;
import dev.storium.internal.model.SchemaModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/** A migrations directory for migrate tests, written through {@link MigrationFolder} with hand-written SQL. */
public final class MigrationFiles {
    private final StoriumConfig config;

    private MigrationFiles(StoriumConfig config) {
        this.config = config;
    }

    /** Files in {@code project/migrations} for the database at {@code url}. */
    public static MigrationFiles in(Path project, Dialect dialect, String url) {
        return new MigrationFiles(new StoriumConfig(
                dialect,
                url,
                null,
                null,
                List.of(),
                List.of(),
                project.resolve("migrations"),
                List.of(),
                Map.of(),
                null,
                project,
                null));
    }

    /** The configuration migrate runs with. */
    public StoriumConfig config() {
        return config;
    }

    /** Writes the next migration, {@code NNNN_<name>.sql}, with these statements; returns the file. */
    public Path add(String name, String... statements) {
        return addText(name, MigrationSql.join(List.of(statements)));
    }

    /** Writes the next migration with exactly this text; returns the file. */
    public Path addText(String name, String text) {
        Migration migration = MigrationFolder.read(config.out(), config.dialect())
                .writeNext(name, text, SchemaModel.empty())
                .migration();
        return migration.sqlFile();
    }

    /** The file of migration {@code tag}. */
    public Path file(String tag) {
        return config.out().resolve(tag + ".sql");
    }

    /** Replaces the text of migration {@code tag}. */
    public void rewrite(String tag, String text) {
        try {
            Files.writeString(file(tag), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of migration {@code tag}. */
    public String text(String tag) {
        try {
            return Files.readString(file(tag));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the last migration entirely: its SQL file, its snapshot and its journal entry. */
    public void removeLast() {
        try {
            Path journal = config.out().resolve("meta/_journal.json");
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = (ObjectNode) json.readTree(journal.toFile());
            ArrayNode entries = (ArrayNode) root.get("entries");
            int idx = entries.size() - 1;
            String tag = entries.get(idx).get("tag").asText();
            entries.remove(idx);
            json.writerWithDefaultPrettyPrinter().writeValue(journal.toFile(), root);
            Files.delete(file(tag));
            Files.delete(config.out().resolve(String.format("meta/%04d_snapshot.json", idx)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new connection to the configured database. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(config.url());
    }

    /** Runs statements on the configured database, in auto-commit mode. */
    public void execute(String... statements) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** True when the table exists in the configured database. */
    public boolean hasTable(String table) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The history rows by tag; empty when the history table does not exist. */
    public Map<String, HistoryRow> history() throws SQLException {
        try (Connection connection = connect()) {
            return new History(config.migrationsTable()).read(connection);
        }
    }
}
