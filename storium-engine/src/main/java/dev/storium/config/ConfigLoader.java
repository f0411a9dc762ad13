package dev.storium.config;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds a {@link StoriumConfig} from its sources. */
public final class ConfigLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);
    private static final String PREFIX = "storium.";

    /**
     * Goal options: {@code -Dstorium.*} properties that are not configuration keys and are skipped here. Other unknown
     * {@code -Dstorium.*} properties are ignored too, unless they are a near miss of a configuration key (a typo),
     * which is an error.
     */
    public static final Set<String> GOAL_OPTIONS = Set.of(
            "name",
            "allowDataLoss",
            "skip",
            "custom",
            "serverId",
            "outOfOrder",
            "dryRun",
            "force",
            "target",
            "format",
            "output",
            "failOnDestructive",
            "includeTestClasses",
            "diagram",
            "from");

    /**
     * Short property names: {@code -Dstorium.user} and {@code -Dstorium.password} stand for
     * {@code -Dstorium.dbCredentials.user} and {@code -Dstorium.dbCredentials.password} (the Maven plugin's
     * {@code <user>} and {@code <password>} parameters take the same properties).
     */
    private static final Map<String, String> PROPERTY_ALIASES =
            Map.of("user", "dbCredentials.user", "password", "dbCredentials.password");

    private ConfigLoader() {}

    /**
     * Resolves the configuration. Precedence, highest first: {@code storium.*} entries of {@code properties}, then
     * {@code pluginValues}, then the config file ({@code STORIUM_CONFIG} from {@code environment}, else
     * {@code storium.config.{yaml,yml,json,properties}} in {@code baseDir}), then defaults.
     *
     * @param baseDir the project directory
     * @param pluginValues values set in the plugin configuration, by dotted key ({@code dialect}, {@code url},
     *     {@code dbCredentials.user}, {@code schema}, {@code pool.max}, ...); null values are ignored
     * @param properties system and user properties; only keys starting with {@code storium.} are read
     * @param environment environment variables, for {@code STORIUM_CONFIG} and {@code ${env.NAME}} placeholders
     * @throws StoriumException with {@link ErrorCode#CONFIG} when a source is missing, malformed or contradicts
     *     itself
     */
    public static StoriumConfig load(
            Path baseDir,
            Map<String, ?> pluginValues,
            Map<String, String> properties,
            Map<String, String> environment) {
        return load(baseDir, pluginValues == null ? Map.of() : pluginValues, properties, environment, null);
    }

    /**
     * Resolves the configuration of an application, which has no plugin configuration (that is the Maven build's
     * alone): {@code storium.*} entries of {@code properties}, then the config file, then defaults. Messages name only
     * those sources.
     *
     * @param databaseDialect the dialect of the database the application hands Storium (its {@code DataSource}), used
     *     when no source sets one; null when there is none
     * @throws StoriumException with {@link ErrorCode#CONFIG} when a source is missing, malformed or contradicts
     *     itself
     */
    public static StoriumConfig loadForApplication(
            Path baseDir, Map<String, String> properties, Map<String, String> environment, Dialect databaseDialect) {
        return load(baseDir, null, properties, environment, databaseDialect);
    }

    private static StoriumConfig load(
            Path baseDir,
            Map<String, ?> pluginValues,
            Map<String, String> properties,
            Map<String, String> environment,
            Dialect databaseDialect) {
        Path base = Objects.requireNonNull(baseDir, "baseDir").toAbsolutePath().normalize();
        Map<String, String> env = environment == null ? Map.of() : environment;
        Placeholders placeholders = new Placeholders(env);
        Optional<ConfigFile> file = ConfigFile.find(base, env);
        Source fileSource = Source.file(file.map(ConfigFile::label).orElse("no config file"));
        List<Layer> highestFirst = new ArrayList<>();
        highestFirst.add(read(storiumProperties(properties), Source.PROPERTIES, placeholders));
        if (pluginValues != null) {
            highestFirst.add(read(pluginValues, Source.PLUGIN, placeholders));
        }
        highestFirst.add(file.map(f -> TreeReader.read(f.tree(), fileSource, placeholders))
                .orElse(Layer.empty(fileSource)));
        Layers layers = new Layers(
                highestFirst,
                (pluginValues == null
                                ? "-Dstorium.* properties and "
                                : "-Dstorium.* properties, the plugin configuration and ")
                        + file.map(ConfigFile::label)
                                .orElse("no config file: none of " + String.join(", ", ConfigFile.NAMES) + " is in "
                                        + base));

        DatabaseSettings database = DatabaseSettings.resolve(layers, base, databaseDialect);
        StoriumConfig config = new StoriumConfig(
                database.dialect(),
                database.url(),
                database.user(),
                database.password(),
                list(layers, ConfigKey.SCHEMA),
                list(layers, ConfigKey.STORES),
                out(layers, base),
                list(layers, ConfigKey.SEEDS),
                layers.assertions(),
                pool(layers),
                base,
                database.origin(file.map(ConfigFile::label).orElse("defaults")),
                migrationsTable(layers));
        LOG.debug("Configuration: {}", config);
        return config;
    }

    private static Layer read(Map<String, ?> flat, Source source, Placeholders placeholders) {
        return TreeReader.read(DottedKeys.tree(flat, source), source, placeholders);
    }

    private static Map<String, String> storiumProperties(Map<String, String> properties) {
        Map<String, String> selected = new LinkedHashMap<>();
        if (properties == null) {
            return selected;
        }
        properties.forEach((key, value) -> {
            if (key != null && key.startsWith(PREFIX) && key.length() > PREFIX.length()) {
                String name = key.substring(PREFIX.length());
                if (!GOAL_OPTIONS.contains(name)) {
                    selected.put(PROPERTY_ALIASES.getOrDefault(name, name), value);
                }
            }
        });
        PROPERTY_ALIASES.forEach((alias, key) -> {
            String shortValue = properties.get(PREFIX + alias);
            String longValue = properties.get(PREFIX + key);
            if (shortValue != null && longValue != null && !shortValue.isBlank() && !longValue.isBlank()) {
                throw new StoriumException(
                        ErrorCode.CONFIG,
                        "The " + alias + " is given twice as a property: -D" + PREFIX + alias + " and -D" + PREFIX + key
                                + " (the same setting). Keep one of them.");
            }
            if (shortValue != null && longValue != null) {
                selected.put(key, shortValue.isBlank() ? longValue : shortValue);
            }
        });
        return selected;
    }

    /**
     * The config file a project directory holds ({@code STORIUM_CONFIG} from {@code environment}, else one of the
     * conventional names), or empty when there is none.
     *
     * @throws StoriumException with {@link ErrorCode#CONFIG} when {@code STORIUM_CONFIG} names no file, or the directory
     *     holds two config files
     */
    public static Optional<Path> configFile(Path baseDir, Map<String, String> environment) {
        Path base = Objects.requireNonNull(baseDir, "baseDir").toAbsolutePath().normalize();
        return ConfigFile.find(base, environment == null ? Map.of() : environment)
                .map(ConfigFile::path);
    }

    /**
     * The candidate closest to {@code name}, for "did you mean" in messages: ignoring case, counting insertions,
     * deletions, substitutions and swapped neighbours as one edit each, at most one edit away for names of up to four
     * letters and two for longer ones.
     */
    public static Optional<String> closest(String name, List<String> candidates) {
        return ConfigKey.closest(name, candidates);
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Layers layers, ConfigKey key) {
        return layers.get(key).map(s -> (List<String>) s.value()).orElse(List.of());
    }

    private static Path out(Layers layers, Path base) {
        Optional<Setting> out = layers.get(ConfigKey.OUT);
        String value = out.map(Setting::text).orElse("./migrations");
        try {
            return base.resolve(value.trim()).normalize();
        } catch (InvalidPathException e) {
            throw out.orElseThrow()
                    .error(
                            "`" + value + "` is not a valid path (" + e.getReason() + ")",
                            "Set it to a directory, such as ./migrations");
        }
    }

    private static String migrationsTable(Layers layers) {
        Optional<Setting> table = layers.get(ConfigKey.MIGRATIONS_TABLE);
        String value = table.map(Setting::text).map(String::trim).orElse(StoriumConfig.DEFAULT_MIGRATIONS_TABLE);
        if (!StoriumConfig.isPlainIdentifier(value)) {
            throw table.orElseThrow()
                    .error(
                            "`" + value + "` is not a plain table name (letters, digits and _, starting with a"
                                    + " letter or _, at most 63 characters)",
                            "Set it to a name such as " + StoriumConfig.DEFAULT_MIGRATIONS_TABLE);
        }
        return value;
    }

    private static StoriumConfig.Pool pool(Layers layers) {
        Optional<Setting> min = layers.get(ConfigKey.POOL_MIN);
        Optional<Setting> max = layers.get(ConfigKey.POOL_MAX);
        int minValue = min.map(Setting::number).orElse(StoriumConfig.Pool.DEFAULT.min());
        int maxValue = max.map(Setting::number).orElse(StoriumConfig.Pool.DEFAULT.max());
        Optional<StoriumConfig.Pool.Rule> broken = StoriumConfig.Pool.Rule.broken(minValue, maxValue);
        if (broken.isEmpty()) {
            return new StoriumConfig.Pool(minValue, maxValue);
        }
        StoriumConfig.Pool.Rule rule = broken.get();
        switch (rule) {
            case MIN_AT_LEAST_ZERO:
                throw min.orElseThrow().error(rule.describe(minValue, maxValue), rule.fix());
            case MAX_AT_LEAST_ONE:
                throw max.orElseThrow().error(rule.describe(minValue, maxValue), rule.fix());
            default:
                String minWhere = min.map(Setting::describe).orElse("the default");
                String maxWhere = max.map(Setting::describe).orElse("the default");
                throw new StoriumException(
                        ErrorCode.CONFIG,
                        "Invalid pool: pool.max (" + maxValue + ", " + maxWhere + ") cannot be less than pool.min ("
                                + minValue + ", " + minWhere + "). " + rule.fix() + ".");
        }
    }
}
