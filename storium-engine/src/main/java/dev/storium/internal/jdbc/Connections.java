package dev.storium.internal.jdbc;

import dev.storium.config.Redaction;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Opens connections to the configured database. */
public final class Connections {
    private static final Pattern URL_PASSWORD =
            Pattern.compile("(?i)(?:[?&;]password=([^&;]*))|(?:://[^/:@?#]*:([^@/?#]*)@)");

    private Connections() {}

    /**
     * A new connection to the configured database; the caller closes it. Fails with {@link ErrorCode#CONFIG} when no
     * database is configured and {@link ErrorCode#DATABASE} when it cannot be reached, naming the URL without its
     * password.
     */
    public static Connection open(StoriumConfig config, String goal) {
        if (config.url() == null) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    goal + " needs a database, and none is configured (dialect "
                            + config.dialect().key()
                            + ", configuration from " + config.source() + "). Set `url` (or `dbCredentials`) in the"
                            + " config file, the plugin configuration or -Dstorium.url=...");
        }
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
                            + safeMessage(e, config) + ". Check that the server is running and reachable, and the"
                            + " url, user and password (configuration from " + config.source() + ").");
        }
    }

    /** The driver's message with the configured password, if it ever appears, masked. */
    public static String safeMessage(SQLException e, StoriumConfig config) {
        return mask(String.valueOf(e.getMessage()).strip(), config);
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
        return config.url() == null ? "(no database configured)" : Redaction.url(config.url());
    }
}
