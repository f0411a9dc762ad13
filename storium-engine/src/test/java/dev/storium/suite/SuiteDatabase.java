package dev.storium.suite;

import dev.storium.config.Dialect;
import dev.storium.internal.sql.ScriptExecutor;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A real database of one dialect for the execution suite, with the few reads and writes its steps need. */
final class SuiteDatabase implements AutoCloseable {
    private static final String BREAKPOINT = "--> statement-breakpoint";

    private final Dialect dialect;
    private final String url;
    private final String dropName;
    private final Connection connection;

    private SuiteDatabase(Dialect dialect, String url, String dropName) throws SQLException {
        this.dialect = dialect;
        this.url = url;
        this.dropName = dropName;
        this.connection = DriverManager.getConnection(url, user(dialect), "");
    }

    static SuiteDatabase create(Dialect dialect, Path dir) throws SQLException {
        String name =
                "storium_suite_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        switch (dialect) {
            case POSTGRESQL:
                admin(dialect, "create database " + name);
                return new SuiteDatabase(dialect, "jdbc:postgresql://127.0.0.1:5432/" + name, name);
            case MYSQL:
                admin(dialect, "create database " + name);
                return new SuiteDatabase(dialect, "jdbc:mysql://127.0.0.1:3306/" + name, name);
            case SQLITE:
                return new SuiteDatabase(dialect, "jdbc:sqlite:" + dir.resolve(name + ".db"), null);
            case MEMORY:
                return new SuiteDatabase(dialect, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null);
            default:
                throw new IllegalArgumentException(dialect.key());
        }
    }

    private static String user(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? "postgres" : dialect == Dialect.MYSQL ? "root" : "";
    }

    private static void admin(Dialect dialect, String sql) throws SQLException {
        String adminUrl = dialect == Dialect.POSTGRESQL
                ? "jdbc:postgresql://127.0.0.1:5432/postgres"
                : "jdbc:mysql://127.0.0.1:3306/";
        try (Connection c = DriverManager.getConnection(adminUrl, user(dialect), "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    String url() {
        return url;
    }

    /** Executes one generated migration file the way migrate will: statements split at the breakpoints. */
    void apply(Path file) throws Exception {
        List<String> statements = new ArrayList<>();
        for (String part : Files.readString(file).split("\\R?" + BREAKPOINT + "\\R?")) {
            if (!part.isBlank()) {
                statements.add(part.strip());
            }
        }
        new ScriptExecutor(dialect).execute(connection, file.getFileName().toString(), statements);
    }

    String q(String identifier) {
        return dialect == Dialect.MYSQL ? "`" + identifier + "`" : "\"" + identifier + "\"";
    }

    long count(String table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + q(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    List<String> strings(String table, String column, String orderBy) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs =
                        s.executeQuery("select " + q(column) + " from " + q(table) + " order by " + q(orderBy))) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    List<BigDecimal> decimals(String table, String column) throws SQLException {
        List<BigDecimal> values = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs =
                        s.executeQuery("select " + q(column) + " from " + q(table) + " order by " + q("email"))) {
            while (rs.next()) {
                values.add(new BigDecimal(rs.getString(1)));
            }
        }
        return values;
    }

    boolean timestampsFilled(String table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + q(table) + " where " + q("created_at")
                        + " is null or " + q("updated_at") + " is null")) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    void update(String table, String column, Object value, String whereColumn, Object whereValue) throws SQLException {
        execute(
                "update " + q(table) + " set " + q(column) + " = ? where " + q(whereColumn) + " = ?",
                value,
                whereValue);
    }

    void insertUser(String id, String email, String name) throws SQLException {
        execute(
                "insert into " + q("users") + " (" + q("id") + ", " + q("email") + ", " + q("name")
                        + ") values (?, ?, ?)",
                uuid(id),
                email,
                name);
    }

    void insertPost(String table, int id, String authorId, String title) throws SQLException {
        execute(
                "insert into " + q(table) + " (" + q("id") + ", " + q("author_id") + ", " + q("title")
                        + ") values (?, ?, ?)",
                id,
                uuid(authorId),
                title);
    }

    void insertTag(int articleId, String tag) throws SQLException {
        execute(
                "insert into " + q("tags") + " (" + q("article_id") + ", " + q("tag") + ") values (?, ?)",
                articleId,
                tag);
    }

    private Object uuid(String id) {
        return dialect == Dialect.POSTGRESQL || dialect == Dialect.MEMORY ? UUID.fromString(id) : id;
    }

    private void execute(String sql, Object... values) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        } finally {
            connection.setAutoCommit(auto);
        }
    }

    /** A date as the dialect's column takes it: SQLite keeps Storium's dates as ISO text. */
    Object date(String iso) {
        return dialect == Dialect.SQLITE ? iso : java.sql.Date.valueOf(iso);
    }

    byte[] bytes(String table, String column, String whereColumn, Object whereValue) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "select " + q(column) + " from " + q(table) + " where " + q(whereColumn) + " = ?")) {
            ps.setObject(1, whereValue);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    List<String> columns(String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = metaData().getColumns(connection.getCatalog(), schema(), table, "%")) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = metaData().getTables(connection.getCatalog(), schema(), "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                if (type != null && Arrays.asList("TABLE", "BASE TABLE").contains(type.toUpperCase(Locale.ROOT))) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    private DatabaseMetaData metaData() throws SQLException {
        return connection.getMetaData();
    }

    private String schema() {
        return dialect == Dialect.POSTGRESQL ? "public" : dialect == Dialect.MEMORY ? "PUBLIC" : null;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        if (dropName != null) {
            admin(dialect, "drop database " + dropName + (dialect == Dialect.POSTGRESQL ? " with (force)" : ""));
        }
    }
}
