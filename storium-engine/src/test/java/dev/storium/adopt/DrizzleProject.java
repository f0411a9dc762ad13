package dev.storium.adopt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.storium.config.Dialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A drizzle-kit migrations folder written as drizzle-kit writes one ({@code meta/_journal.json} version 7, {@code
 * NNNN_<name>.sql} with statements joined by {@code --> statement-breakpoint}, {@code meta/NNNN_snapshot.json} of the
 * dialect's snapshot version), and a database migrated as drizzle-orm's migrator does: its {@code
 * __drizzle_migrations} table created with the migrator's DDL, each file newer than the greatest {@code created_at}
 * run statement by statement and recorded with the SHA-256 of its text and its journal {@code when}.
 */
final class DrizzleProject {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    final Path folder;
    final Dialect dialect;
    private final List<Map<String, Object>> entries = new ArrayList<>();
    private String lastId = "00000000-0000-0000-0000-000000000000";

    DrizzleProject(Path folder, Dialect dialect) {
        this.folder = folder;
        this.dialect = dialect;
    }

    /**
     * Adds migration {@code name} generated at {@code when}, its SQL the {@code statements} and its snapshot holding
     * {@code tables} (drizzle-kit's table objects by key) and, on PostgreSQL, {@code enums}.
     */
    DrizzleProject add(
            String name, long when, List<String> statements, Map<String, Object> tables, Map<String, Object> enums)
            throws Exception {
        int idx = entries.size();
        String tag = String.format(Locale.ROOT, "%04d_%s", idx, name);
        Files.createDirectories(folder.resolve("meta"));
        Files.writeString(folder.resolve(tag + ".sql"), String.join("\n--> statement-breakpoint\n", statements));
        String id = UUID.randomUUID().toString();
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("id", id);
        snapshot.put("prevId", lastId);
        snapshot.put("version", version());
        snapshot.put("dialect", dialect.key());
        snapshot.put("tables", tables);
        if (dialect == Dialect.POSTGRESQL) {
            snapshot.put("enums", enums);
            snapshot.put("schemas", Map.of());
            snapshot.put("sequences", Map.of());
            snapshot.put("roles", Map.of());
            snapshot.put("policies", Map.of());
        } else if (dialect == Dialect.SQLITE) {
            snapshot.put("enums", Map.of());
        }
        snapshot.put("views", Map.of());
        snapshot.put("_meta", Map.of("tables", Map.of(), "columns", Map.of()));
        snapshot.put("internal", Map.of());
        Files.writeString(
                folder.resolve("meta").resolve(tag.substring(0, 4) + "_snapshot.json"),
                JSON.writeValueAsString(snapshot));
        lastId = id;
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("idx", idx);
        entry.put("version", version());
        entry.put("when", when);
        entry.put("tag", tag);
        entry.put("breakpoints", true);
        entries.add(entry);
        Files.writeString(
                folder.resolve("meta/_journal.json"),
                JSON.writeValueAsString(Map.of("version", "7", "dialect", dialect.key(), "entries", entries)));
        return this;
    }

    private String version() {
        return dialect == Dialect.POSTGRESQL ? "7" : dialect == Dialect.MYSQL ? "5" : "6";
    }

    /** The tag of migration {@code idx}. */
    String tag(int idx) {
        return (String) entries.get(idx).get("tag");
    }

    /** The SQL file of migration {@code idx}. */
    Path sqlFile(int idx) {
        return folder.resolve(tag(idx) + ".sql");
    }

    /**
     * Runs the folder as drizzle-orm's migrator does: creates its history table, reads the row with the greatest
     * {@code created_at}, then runs each journal entry whose {@code when} is above it, statement by statement, and
     * inserts {@code (hash, created_at)} for it; all in one transaction.
     */
    void migrate(Connection connection) throws Exception {
        String table = dialect == Dialect.POSTGRESQL ? "\"drizzle\".\"__drizzle_migrations\"" : "__drizzle_migrations";
        try (Statement statement = connection.createStatement()) {
            if (dialect == Dialect.POSTGRESQL) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS \"drizzle\"");
            }
            String createdAt = dialect == Dialect.SQLITE ? "numeric" : "bigint";
            statement.execute("CREATE TABLE IF NOT EXISTS " + table + " (id SERIAL PRIMARY KEY, hash text NOT NULL,"
                    + " created_at " + createdAt + ")");
        }
        Long last = null;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT id, hash, created_at FROM " + table + " ORDER BY created_at DESC LIMIT 1")) {
            if (rows.next()) {
                last = rows.getLong(3);
            }
        }
        connection.setAutoCommit(false);
        for (Map<String, Object> entry : entries) {
            long when = ((Number) entry.get("when")).longValue();
            if (last != null && last >= when) {
                continue;
            }
            String text = Files.readString(folder.resolve(entry.get("tag") + ".sql"));
            try (Statement statement = connection.createStatement()) {
                for (String sql : text.split("--> statement-breakpoint")) {
                    statement.execute(sql);
                }
            }
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO " + table + " (hash, created_at) VALUES (?, ?)")) {
                insert.setString(1, sha256(text));
                insert.setLong(2, when);
                insert.executeUpdate();
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
