package dev.storium.internal.jdbc;

import dev.storium.config.Redaction;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens connections to the configured database: from the application's {@code DataSource} when the configuration
 * carries one ({@link ApplicationDataSource}), else through {@link DriverManager} on its URL.
 */
public final class Connections {
    private static final Pattern URL_PASSWORD =
            Pattern.compile("(?i)(?:[?&;]password=([^&;]*))|(?:://[^/:@?#]*:([^@/?#]*)@)");

    /** The fix when no database is configured: the places every caller has, then the build-only one. */
    public static final String SET_URL = "Fix: set `url` (or `dbCredentials`) in the config file, or -Dstorium.url=...;"
            + " a Maven build can also set it in the plugin configuration. An application can instead hand Storium"
            + " its own DataSource (Storium.connect(dataSource)).";

    private static final String SQLITE = "jdbc:sqlite:";
    private static final String H2 = "jdbc:h2:";

    private Connections() {}

    /**
     * A new connection to the configured database; the caller closes it. Fails with {@link ErrorCode#CONFIG} when no
     * database is configured or no driver on the classpath accepts its URL ({@link Drivers#require}), and
     * {@link ErrorCode#DATABASE} when it cannot be reached, naming the URL without its password.
     */
    public static Connection open(StoriumConfig config, String goal) {
        if (config.dataSource() != null) {
            return ApplicationDataSource.connection(config, goal);
        }
        if (config.url() == null) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    goal + " needs a database, and none is configured (dialect "
                            + config.dialect().key()
                            + ", configuration from " + config.source() + "). " + SET_URL);
        }
        Drivers.require(config);
        Properties properties = new Properties();
        if (config.user() != null) {
            properties.setProperty("user", config.user());
        }
        if (config.password() != null) {
            properties.setProperty("password", config.password());
        }
        try {
            return DriverManager.getConnection(config.url(), properties);
        } catch (SQLException e) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    "Cannot connect to the database at " + Redaction.url(config.url())
                            + (config.user() == null ? "" : " as user " + config.user()) + ": "
                            + reason(e, config)
                            + ". Check that the server is running and reachable, and the"
                            + " url, user and password (configuration from " + config.source() + ")."
                            + autoServerHint(config));
        }
    }

    /**
     * A new connection for a goal that only reads ({@code status}, {@code check}): as {@link #open}, but a SQLite or
     * H2 database file that does not exist is a {@code DATABASE} failure saying so, where the driver would create an
     * empty one.
     */
    public static Connection openReadOnly(StoriumConfig config, String goal) {
        if (config.dataSource() != null) {
            return open(config, goal);
        }
        Path file = missingSqliteFile(config);
        String kind = "SQLite";
        if (file == null) {
            file = missingH2File(config);
            kind = "H2";
        }
        if (file != null) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    "The " + kind + " database file " + file + " does not exist yet: " + goal
                            + " only reads, and created"
                            + " nothing. Fix: check `url` (configuration from " + config.source() + "); mvn"
                            + " storium:migrate creates the file and applies the migrations.");
        }
        return open(config, goal);
    }

    /** The file of a SQLite URL when it does not exist; null for another database, an in-memory one or a file that exists. */
    static Path missingSqliteFile(StoriumConfig config) {
        String url = config.url();
        if (url == null || !url.regionMatches(true, 0, SQLITE, 0, SQLITE.length())) {
            return null;
        }
        String rest = url.substring(SQLITE.length());
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        int query = rest.indexOf('?');
        String params = query < 0 ? "" : rest.substring(query);
        String name = query < 0 ? rest : rest.substring(0, query);
        if (name.isEmpty() || name.startsWith(":memory:") || params.contains("mode=memory")) {
            return null;
        }
        Path file = Path.of(name).toAbsolutePath().normalize();
        return Files.exists(file) ? null : file;
    }

    /**
     * The {@code .mv.db} file of an H2 file URL ({@code jdbc:h2:./data/app}, {@code jdbc:h2:file:~/app}) when it does
     * not exist; null for another database, an in-memory or server URL, or a file that exists.
     */
    static Path missingH2File(StoriumConfig config) {
        String url = config.url();
        if (url == null || !url.regionMatches(true, 0, H2, 0, H2.length())) {
            return null;
        }
        String name = url.substring(H2.length()).split(";", 2)[0];
        if (name.regionMatches(true, 0, "file:", 0, 5)) {
            name = name.substring(5);
        } else if (name.matches("(?i)[a-z]+:.*") && !name.matches("(?i)[a-z]:[\\\\/].*")) {
            return null; // mem:, tcp:, ssl:, zip:, split:, ...
        }
        if (name.isEmpty()) {
            return null;
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        Path file = Path.of(name + ".mv.db").toAbsolutePath().normalize();
        return Files.exists(file) ? null : file;
    }

    /**
     * For an H2 URL with {@code AUTO_SERVER=TRUE}, a sentence that names the form several processes need (the first
     * process serves the database to the others and takes their connections with it when it ends); else empty.
     */
    public static String autoServerHint(StoriumConfig config) {
        String url = config.url() == null
                ? ""
                : config.url().toUpperCase(Locale.ROOT).replace(" ", "");
        if (!url.startsWith("JDBC:H2:") || !url.contains(";AUTO_SERVER=TRUE")) {
            return "";
        }
        return " With AUTO_SERVER=TRUE, the process that opens the database first serves it to the others and takes"
                + " their connections with it when it ends, so several processes that migrate at once fail this way:"
                + " serve the database with an H2 TCP server (java -cp h2-<version>.jar org.h2.tools.Server -tcp"
                + " -tcpPort 9092 -baseDir <directory of the database>) and set url to"
                + " jdbc:h2:tcp://localhost:9092/<name> in every process.";
    }

    /**
     * The driver's message with the configured password, if it ever appears, masked, and without its closing period
     * (callers go on with their own sentence).
     */
    public static String safeMessage(SQLException e, StoriumConfig config) {
        return withoutPeriod(mask(String.valueOf(e.getMessage()).strip(), config));
    }

    /**
     * Why a connection failed: {@link #safeMessage} and each cause below it the driver's message leaves out, such as
     * an unknown host, as "(ClassName: message)"; masked, without a closing period.
     */
    public static String reason(SQLException e, StoriumConfig config) {
        StringBuilder text = new StringBuilder(safeMessage(e, config));
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && cause != e && depth < 5; depth++, cause = cause.getCause()) {
            String message = cause.getMessage() == null
                    ? ""
                    : ": " + withoutPeriod(cause.getMessage().strip());
            String part = cause.getClass().getSimpleName() + message;
            if (!String.valueOf(e.getMessage()).contains(part)) {
                text.append(" (").append(mask(part, config)).append(')');
            }
        }
        return text.toString();
    }

    private static String withoutPeriod(String text) {
        String result = text;
        while (result.endsWith(".")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    /**
     * {@code text} with the configured password masked wherever it appears, whether it is configured on its own or
     * inside the URL, and any password of a URL in the text masked too.
     */
    public static String mask(String text, StoriumConfig config) {
        String masked = text;
        for (String secret : secrets(config)) {
            masked = masked.replace(secret, "****");
        }
        return Redaction.url(masked);
    }

    private static List<String> secrets(StoriumConfig config) {
        List<String> secrets = new ArrayList<>();
        if (config.password() != null && !config.password().isEmpty()) {
            secrets.add(config.password());
        }
        if (config.url() != null) {
            Matcher matcher = URL_PASSWORD.matcher(config.url());
            while (matcher.find()) {
                String secret = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                if (secret != null && !secret.isEmpty()) {
                    secrets.add(secret);
                }
            }
        }
        return secrets;
    }

    /** The configured database for messages: its URL without the password. */
    public static String describe(StoriumConfig config) {
        if (config.url() != null) {
            return Redaction.url(config.url());
        }
        return config.dataSource() == null
                ? "(no database configured)"
                : "the application's DataSource ("
                        + config.dataSource().getClass().getName() + ")";
    }
}
