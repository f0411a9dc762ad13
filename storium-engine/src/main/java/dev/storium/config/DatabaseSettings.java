package dev.storium.config;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decides the dialect, the JDBC URL, the user and the password from every source: a URL (in {@code url} or
 * {@code dbCredentials.url}) or host, port and database keys, with the credentials inside the URL or beside it.
 *
 * @param dialect the dialect
 * @param url the JDBC URL without credentials, or null
 * @param user the user, or null
 * @param password the password, or null
 * @param source where the database's location was set when not in the config file ({@code -Dstorium.url}, the plugin
 *     configuration), or null
 */
record DatabaseSettings(Dialect dialect, String url, String user, String password, Source source) {
    static final String MEMORY_URL = "jdbc:h2:mem:storium;DB_CLOSE_DELAY=-1";

    @Override
    public String toString() {
        return "DatabaseSettings[dialect=" + dialect.key() + ", url=" + DatabaseUrl.display(url) + ", user=" + user
                + ", password=" + (password == null ? null : "****") + "]";
    }

    /**
     * The database settings of every layer; {@code databaseDialect}, when not null, is the dialect of the database the
     * application hands Storium and is taken when no layer sets a dialect or a URL.
     */
    static DatabaseSettings resolve(Layers layers, Path baseDir, Dialect databaseDialect) {
        Optional<Setting> dialectSetting = layers.get(ConfigKey.DIALECT);
        Dialect explicit = dialectSetting.map(DatabaseSettings::dialect).orElse(null);
        layers.highestFirst().forEach(DatabaseSettings::checkOnePlace);
        int urlRank = layers.rank(ConfigKey.URL, ConfigKey.CREDENTIALS_URL);
        int partsRank = layers.rank(ConfigKey.HOST, ConfigKey.PORT, ConfigKey.DATABASE);
        DatabaseUrl.Target target = null;
        Setting urlSetting = null;
        if (urlRank >= 0 && (partsRank < 0 || urlRank < partsRank)) {
            Layer layer = layers.at(urlRank);
            urlSetting = layer.get(ConfigKey.URL)
                    .orElseGet(() -> layer.get(ConfigKey.CREDENTIALS_URL).orElseThrow());
            target = DatabaseUrl.parse(urlSetting, baseDir);
            if (explicit != null && explicit != target.dialect()) {
                throw contradiction(dialectSetting.get(), urlSetting, target.dialect());
            }
        } else if (partsRank >= 0) {
            target = fromParts(layers, dialectSetting, partsRank);
        }
        Dialect dialect = explicit != null ? explicit : target != null ? target.dialect() : databaseDialect;
        if (dialect == null) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "No dialect configured: `dialect` is not set and there is no `url` to infer it from (looked at "
                            + layers.searched() + "). Set dialect to one of " + Dialect.keys() + ", or set url.");
        }
        String url = target != null ? target.url() : explicit == Dialect.MEMORY ? MEMORY_URL : null;
        String user = credential(layers, ConfigKey.USER, target == null ? null : target.user(), urlRank, urlSetting);
        String password =
                credential(layers, ConfigKey.PASSWORD, target == null ? null : target.password(), urlRank, urlSetting);
        Source source = urlSetting != null
                ? urlSetting.source()
                : partsRank >= 0 ? layers.at(partsRank).source() : null;
        return new DatabaseSettings(dialect, url, user, password, source);
    }

    private static Dialect dialect(Setting setting) {
        Optional<Dialect> dialect = Dialect.fromKey(setting.text());
        if (dialect.isPresent()) {
            return dialect.get();
        }
        Optional<String> close = ConfigKey.closest(
                setting.text().trim(), java.util.List.of(Dialect.keys().split(", ")));
        throw setting.error(
                "unknown dialect `" + setting.text() + "`, expected one of " + Dialect.keys()
                        + " (memory is H2 in memory)",
                close.map(c -> "Did you mean `" + c + "`?").orElse("Set it to one of those."));
    }

    /**
     * Where the configuration came from, as messages name it: the place that set the database's location when that is
     * {@code -Dstorium.*} or the plugin configuration, else {@code fileLabel} (the config file, or "defaults").
     */
    String origin(String fileLabel) {
        if (source == null || source.kind() == Source.Kind.FILE) {
            return fileLabel;
        }
        return source.label();
    }

    /** One source may give the location of the database only once: one URL, or host, port and database. */
    private static void checkOnePlace(Layer layer) {
        if (layer.has(ConfigKey.URL) && layer.has(ConfigKey.CREDENTIALS_URL)) {
            throw twoPlaces(layer.source(), "URL", "`url`", "`dbCredentials.url`", "Keep one of them");
        }
        Optional<Setting> url = layer.get(ConfigKey.URL).or(() -> layer.get(ConfigKey.CREDENTIALS_URL));
        Optional<Setting> part =
                layer.get(ConfigKey.HOST).or(() -> layer.get(ConfigKey.PORT)).or(() -> layer.get(ConfigKey.DATABASE));
        if (url.isPresent() && part.isPresent()) {
            throw twoPlaces(
                    layer.source(),
                    "database location",
                    "`" + url.get().key().path() + "`",
                    "`" + part.get().key().path() + "`",
                    "Give either a URL or host, port and database");
        }
    }

    private static DatabaseUrl.Target fromParts(Layers layers, Optional<Setting> dialectSetting, int partsRank) {
        Setting part = layers.at(partsRank)
                .get(ConfigKey.HOST)
                .or(() -> layers.at(partsRank).get(ConfigKey.PORT))
                .or(() -> layers.at(partsRank).get(ConfigKey.DATABASE))
                .orElseThrow();
        Dialect dialect = dialectSetting.map(DatabaseSettings::dialect).orElse(null);
        if (dialect == null) {
            throw part.error(
                    "host, port and database do not say which database this is", "Set dialect to postgresql or mysql");
        }
        if (dialect != Dialect.POSTGRESQL && dialect != Dialect.MYSQL) {
            throw part.error(
                    "host, port and database apply to postgresql and mysql, but the dialect is " + dialect.key(),
                    "For " + dialect.key() + " set url instead, such as "
                            + (dialect == Dialect.SQLITE ? "sqlite:./dev.db" : "jdbc:h2:mem:app"));
        }
        int port = layers.get(ConfigKey.PORT).map(Setting::number).orElse(dialect == Dialect.POSTGRESQL ? 5432 : 3306);
        if (port < 1 || port > 65535) {
            throw layers.get(ConfigKey.PORT)
                    .orElseThrow()
                    .error("the port " + port + " is outside 1..65535", "Set the port of the database server");
        }
        String url = DatabaseUrl.build(
                dialect,
                layers.get(ConfigKey.HOST).map(Setting::text).orElse(null),
                port,
                layers.get(ConfigKey.DATABASE).map(Setting::text).orElse(null));
        return new DatabaseUrl.Target(dialect, url, null, null);
    }

    /** The user or password: the key's own setting or the URL's, the higher source winning; one source may not give both. */
    private static String credential(Layers layers, ConfigKey key, String fromUrl, int urlRank, Setting urlSetting) {
        int keyRank = layers.rank(key);
        if (keyRank < 0) {
            return fromUrl;
        }
        String own = layers.at(keyRank).get(key).orElseThrow().text();
        if (fromUrl == null || keyRank < urlRank) {
            return own;
        }
        if (keyRank == urlRank) {
            String what = key == ConfigKey.PASSWORD ? "password" : "user";
            throw twoPlaces(
                    urlSetting.source(),
                    what,
                    "inside `" + urlSetting.key().path() + "`",
                    "as `" + key.path() + "`",
                    "Remove the " + what + " from the URL, or remove " + key.path());
        }
        return fromUrl;
    }

    private static StoriumException twoPlaces(Source source, String what, String first, String second, String fix) {
        String where = source.label();
        return new StoriumException(
                ErrorCode.CONFIG,
                "The " + what + " is given in two places in " + where + ": " + first + " and " + second + ". " + fix
                        + ".");
    }

    private static StoriumException contradiction(Setting dialect, Setting url, Dialect urlDialect) {
        return new StoriumException(
                ErrorCode.CONFIG,
                "The dialect and the URL disagree: " + dialect.describe() + " is "
                        + dialect.text().trim() + ", but "
                        + url.describe() + " (" + url.shown() + ") is a " + urlDialect.key() + " URL. Set dialect to "
                        + urlDialect.key() + ", or use a " + dialect.text().trim() + " URL.");
    }
}
