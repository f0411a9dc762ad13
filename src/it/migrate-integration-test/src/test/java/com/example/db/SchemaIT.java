package com.example.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs after storium:migrate (pre-integration-test): the tables of the migrations exist and behave, in plain JDBC. */
class SchemaIT {
    private String url;

    @BeforeEach
    void readUrl() throws Exception {
        Properties config = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("storium.config.properties"))) {
            config.load(reader);
        }
        url = config.getProperty("url");
    }

    @Test
    void aUserAndTheirPostCanBeStoredAndJoined() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            UUID author;
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO users (email) VALUES (?) RETURNING id")) {
                insert.setString(1, "ada@example.com");
                try (ResultSet key = insert.executeQuery()) {
                    assertTrue(key.next());
                    author = (UUID) key.getObject(1);
                }
            }
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO posts (author_id, title) VALUES (?, ?)")) {
                insert.setObject(1, author);
                insert.setString(2, "Hello");
                assertEquals(1, insert.executeUpdate());
            }
            try (Statement query = connection.createStatement();
                    ResultSet row = query.executeQuery("SELECT u.email, p.title, p.created_at IS NOT NULL AS stamped"
                            + " FROM posts p JOIN users u ON u.id = p.author_id")) {
                assertTrue(row.next());
                assertEquals("ada@example.com", row.getString("email"));
                assertEquals("Hello", row.getString("title"));
                assertTrue(row.getBoolean("stamped"));
            }
        }
    }

    @Test
    void theConstraintsOfTheMigrationsHold() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO users (email) VALUES ('bob@example.com')");
            assertThrows(
                    SQLException.class,
                    () -> statement.execute("INSERT INTO users (email) VALUES ('bob@example.com')"),
                    "users.email is unique");
            assertThrows(
                    SQLException.class,
                    () -> statement.execute("INSERT INTO posts (author_id, title) VALUES (gen_random_uuid(), 'x')"),
                    "posts.author_id references users");
        }
    }

    @Test
    void theHistoryHoldsBothFiles() throws SQLException {
        List<String> tags = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT tag FROM __storium_migrations WHERE success ORDER BY tag")) {
            while (rows.next()) {
                tags.add(rows.getString(1));
            }
        }
        assertEquals(List.of("0000_create_users", "0001_create_posts"), tags);
    }
}
