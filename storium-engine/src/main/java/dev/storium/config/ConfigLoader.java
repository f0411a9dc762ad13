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
                    selected.put(name, value);
                }
            }
        });
        return selected;
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
