package dev.storium.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the URL forms users write ({@code postgres://user:pass@host/db}, {@code mysql://…}, {@code sqlite:./dev.db},
 * JDBC URLs) into a JDBC URL without credentials, the dialect it implies, and the user and password it carried.
 */
final class DatabaseUrl {
    static final String FORMS = "jdbc:postgresql://host:5432/db, postgres://user:pass@host:5432/db, "
            + "jdbc:mysql://host:3306/db, mysql://user:pass@host/db, mariadb://…, jdbc:sqlite:path, sqlite:./dev.db, "
            + "file:./dev.db, jdbc:h2:mem:name";

    private DatabaseUrl() {}

    /**
     * A parsed URL.
     *
     * @param dialect the dialect the URL is for
     * @param url the JDBC URL, without user and password
     * @param user the user the URL carried, or null
     * @param password the password the URL carried, or null
     */
    record Target(Dialect dialect, String url, String user, String password) {
        @Override
        public String toString() {
            return "Target[dialect=" + dialect.key() + ", url=" + display(url) + ", user=" + user + ", password="
                    + (password == null ? null : "****") + "]";
        }
    }

    /** Parses the URL of {@code setting}; sqlite paths that are relative are resolved against {@code baseDir}. */
    static Target parse(Setting setting, Path baseDir) {
        String raw = setting.text().trim();
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql://")) {
            return authority(setting, Dialect.POSTGRESQL, "jdbc:postgresql://", raw.substring(18));
        }
        if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
            return authority(setting, Dialect.POSTGRESQL, "jdbc:postgresql://", raw.substring(raw.indexOf("://") + 3));
        }
        if (lower.startsWith("jdbc:mysql://") || lower.startsWith("jdbc:mariadb://")) {
            return authority(setting, Dialect.MYSQL, "jdbc:mysql://", raw.substring(raw.indexOf("://") + 3));
        }
        if (lower.startsWith("mysql://") || lower.startsWith("mariadb://")) {
            return authority(setting, Dialect.MYSQL, "jdbc:mysql://", raw.substring(raw.indexOf("://") + 3));
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return new Target(Dialect.POSTGRESQL, raw, null, null);
        }
        if (lower.startsWith("jdbc:mysql:")) {
            return new Target(Dialect.MYSQL, raw, null, null);
        }
        if (lower.startsWith("jdbc:sqlite:")) {
            return sqlite(setting, raw.substring(12), baseDir);
        }
        if (lower.startsWith("sqlite:")) {
            return sqlite(setting, raw.substring(7), baseDir);
        }
        if (lower.startsWith("file:")) {
            return sqlite(setting, raw.substring(5), baseDir);
        }
        if (lower.startsWith("jdbc:h2:")) {
            return h2(raw);
        }
        int colon = raw.indexOf(':');
        String scheme = colon < 0 ? "no scheme" : "the scheme `" + raw.substring(0, colon + 1) + "`";
        throw setting.error("a database URL with " + scheme + " is not supported", "Use one of the forms " + FORMS);
    }

    /** The JDBC URL for {@code host}, {@code port} and {@code database} given as separate keys. */
    static String build(Dialect dialect, String host, Integer port, String database) {
        String prefix = dialect == Dialect.POSTGRESQL ? "jdbc:postgresql://" : "jdbc:mysql://";
        int defaultPort = dialect == Dialect.POSTGRESQL ? 5432 : 3306;
        return prefix + (host == null ? "localhost" : host) + ":" + (port == null ? defaultPort : port) + "/"
                + (database == null ? "" : database);
    }

    /** The URL as it may be shown in a message or log: any password masked. */
    static String display(String raw) {
        if (raw == null) {
            return null;
        }
        int scheme = raw.indexOf("://");
        String masked = raw;
        if (scheme >= 0) {
            String rest = raw.substring(scheme + 3);
            int at = userInfoEnd(rest);
            int colon = at < 0 ? -1 : rest.substring(0, at).indexOf(':');
            if (colon >= 0) {
                masked = raw.substring(0, scheme + 3) + rest.substring(0, colon) + ":****" + rest.substring(at);
            }
        }
        return Redaction.url(masked);
    }

    /**
     * The index of the {@code @} that ends the user information of {@code rest} (the URL after {@code ://}), or -1:
     * the last one before the query, else (a password holding an unencoded {@code ?}) the last one of all.
     */
    private static int userInfoEnd(String rest) {
        int query = rest.indexOf('?');
        int inHead = (query < 0 ? rest : rest.substring(0, query)).lastIndexOf('@');
        if (inHead >= 0) {
            return inHead;
        }
        int last = rest.lastIndexOf('@');
        if (last < 0) {
            return -1;
        }
        String candidate = rest.substring(0, last);
        int colon = candidate.indexOf(':');
        String userPart = colon < 0 ? candidate : candidate.substring(0, colon);
        return userPart.indexOf('/') < 0 && userPart.indexOf('?') < 0 ? last : -1;
    }

    private static Target authority(Setting setting, Dialect dialect, String prefix, String rest) {
        int at = userInfoEnd(rest);
        String user = null;
        String password = null;
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            int colon = userInfo.indexOf(':');
            user = decode(setting, colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(setting, userInfo.substring(colon + 1));
            rest = rest.substring(at + 1);
        }
        int query = rest.indexOf('?');
        String hostAndPath = query < 0 ? rest : rest.substring(0, query);
        List<String> kept = new ArrayList<>();
        if (query >= 0) {
            for (String param : rest.substring(query + 1).split("&")) {
                String name = param.contains("=") ? param.substring(0, param.indexOf('=')) : param;
                String value = decode(setting, param.substring(Math.min(param.length(), name.length() + 1)));
                if (name.equalsIgnoreCase("user")) {
                    user = twice(setting, user, value, "user");
                } else if (name.equalsIgnoreCase("password")) {
                    password = twice(setting, password, value, "password");
                } else if (!param.isEmpty()) {
                    kept.add(param);
                }
            }
        }
        int slash = hostAndPath.indexOf('/');
        String hosts = slash < 0 ? hostAndPath : hostAndPath.substring(0, slash);
        String database = slash < 0 ? "" : hostAndPath.substring(slash + 1);
        String url = prefix + (hosts.isEmpty() ? "localhost" : hosts) + "/" + database
                + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        return new Target(dialect, url, emptyToNull(user), emptyToNull(password));
    }

    private static String twice(Setting setting, String first, String second, String what) {
        if (first != null) {
            throw setting.error(
                    "the URL gives the " + what + " twice, before the host and as the `" + what + "` parameter",
                    "Keep one of them");
        }
        return second;
    }

    private static Target sqlite(Setting setting, String rest, Path baseDir) {
        String path = rest.startsWith("//") ? rest.substring(2) : rest;
        int query = path.indexOf('?');
        String params = query < 0 ? "" : path.substring(query);
        String file = query < 0 ? path : path.substring(0, query);
        if (file.isBlank()) {
            throw setting.error("the SQLite URL names no file", "Write a path, such as sqlite:./dev.db");
        }
        if (file.startsWith(":memory:") || file.startsWith("file:")) {
            return new Target(Dialect.SQLITE, "jdbc:sqlite:" + file + params, null, null);
        }
        try {
            Path resolved = baseDir.resolve(Path.of(file)).normalize();
            return new Target(Dialect.SQLITE, "jdbc:sqlite:" + resolved + params, null, null);
        } catch (InvalidPathException e) {
            throw setting.error("`" + file + "` is not a valid file path (" + e.getReason() + ")", "Fix the path");
        }
    }

    private static Target h2(String raw) {
        String[] parts = raw.split(";");
        StringBuilder url = new StringBuilder(parts[0]);
        String user = null;
        String password = null;
        for (int i = 1; i < parts.length; i++) {
            String upper = parts[i].trim().toUpperCase(Locale.ROOT);
            if (upper.startsWith("USER=")) {
                user = parts[i].substring(parts[i].indexOf('=') + 1);
            } else if (upper.startsWith("PASSWORD=")) {
                password = parts[i].substring(parts[i].indexOf('=') + 1);
            } else if (!parts[i].isEmpty()) {
                url.append(';').append(parts[i]);
            }
        }
        return new Target(Dialect.MEMORY, url.toString(), emptyToNull(user), emptyToNull(password));
    }

    private static String decode(Setting setting, String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw setting.error(
                    "the user, password or a parameter of the URL is not properly percent-encoded",
                    "Encode special characters in the URL: % as %25, @ as %40, : as %3A, / as %2F");
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
