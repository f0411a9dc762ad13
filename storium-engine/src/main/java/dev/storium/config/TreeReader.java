package dev.storium.config;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one source's tree of values (nested maps, as parsed from a file or built from dotted keys) into a
 * {@link Layer}: placeholders resolved, types checked, unknown keys reported.
 */
final class TreeReader {
    private static final Logger LOG = LoggerFactory.getLogger(TreeReader.class);
    private static final Pattern CLASS_NAME =
            Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");
    private static final Pattern PATH_LIKE = Pattern.compile(".*([/\\\\]|\\.(ts|js|mjs|java)$).*");

    private final Source source;
    private final Placeholders placeholders;
    private final Map<ConfigKey, Setting> settings = new EnumMap<>(ConfigKey.class);

    private TreeReader(Source source, Placeholders placeholders) {
        this.source = source;
        this.placeholders = placeholders;
    }

    static Layer read(Map<?, ?> tree, Source source, Placeholders placeholders) {
        TreeReader reader = new TreeReader(source, placeholders);
        reader.walk("", tree);
        return new Layer(source, reader.settings);
    }

    private void walk(String prefix, Map<?, ?> node) {
        for (Map.Entry<?, ?> entry : node.entrySet()) {
            String name = String.valueOf(entry.getKey());
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            Optional<ConfigKey> key = ConfigKey.byPath(path);
            if (key.isPresent()) {
                leaf(key.get(), entry.getValue());
            } else if (ConfigKey.isGroup(path)) {
                group(path, entry.getValue());
            } else {
                unknown(prefix, name, path);
            }
        }
    }

    private void group(String path, Object value) {
        if (value instanceof Map) {
            walk(path, (Map<?, ?>) value);
        } else if (value != null && !(value instanceof String && ((String) value).isBlank())) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "Invalid " + source.describe(path) + ": expected a group of the keys "
                            + String.join(", ", ConfigKey.namesUnder(path)) + ", found "
                            + ValueType.describe(value, path.equals("dbCredentials"))
                            + ". Set the keys one by one, such as "
                            + source.spell(
                                    path + "." + ConfigKey.namesUnder(path).get(0)) + ".");
        }
    }

    private void unknown(String prefix, String name, String path) {
        List<String> candidates = ConfigKey.namesUnder(prefix);
        Optional<String> full = ConfigKey.closest(name, candidates)
                .map(s -> prefix.isEmpty() ? s : prefix + "." + s)
                .or(() -> prefix.isEmpty() ? nested(name) : Optional.empty());
        if (source.kind() == Source.Kind.PROPERTY && prefix.isEmpty() && full.isEmpty()) {
            LOG.debug("Ignoring -Dstorium.{}: not a configuration key", path);
            return;
        }
        String message = "Unknown " + source.describe(path);
        if (full.isPresent()) {
            message += "; did you mean " + source.spell(full.get()) + "?";
        } else if (source.kind() == Source.Kind.FILE && path.equals("storium")) {
            message += ": keys in a config file are written without the `storium.` prefix.";
        } else {
            message += ".";
        }
        message += " The keys" + (prefix.isEmpty() ? "" : " of `" + prefix + "`") + " are: "
                + String.join(", ", candidates) + ". Rename or remove " + source.spell(path) + ".";
        throw new StoriumException(ErrorCode.CONFIG, message);
    }

    /** The key inside a group that {@code name} matches, such as {@code dbCredentials.password} for {@code password}. */
    private static Optional<String> nested(String name) {
        for (ConfigKey key : ConfigKey.values()) {
            String path = key.path();
            if (path.contains(".") && path.substring(path.lastIndexOf('.') + 1).equalsIgnoreCase(name)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    private void leaf(ConfigKey key, Object raw) {
        Object value;
        try {
            value = key.type().coerce(placeholders.resolve(raw, key.path(), source), key.secret());
        } catch (ValueType.BadValue e) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "Invalid " + source.describe(key.path()) + ": " + e.getMessage() + ". " + example(key) + ".");
        }
        if (value != null) {
            Setting setting = new Setting(key, value, source);
            check(setting);
            settings.put(key, setting);
        }
    }

    private static String example(ConfigKey key) {
        switch (key.type()) {
            case INTEGER:
                return "Write a whole number, such as " + (key == ConfigKey.PORT ? "5432" : "10");
            case LIST:
                return "Write class-name globs, such as [com.example.db.*] or \"com.example.db.*, com.example.more.*\"";
            case MAP:
                return "Write assertion names mapped to class names, such as {isSlug: com.example.IsSlug}";
            default:
                return "Write a single value";
        }
    }

    private static void check(Setting setting) {
        if (setting.key().type() == ValueType.LIST) {
            @SuppressWarnings("unchecked")
            List<String> globs = (List<String>) setting.value();
            for (String glob : globs) {
                if (PATH_LIKE.matcher(glob).matches()) {
                    throw setting.error(
                            "`" + glob + "` looks like a file path, but Storium for Java finds "
                                    + setting.key().path() + " by class name",
                            "Use globs over fully qualified class names, such as com.example.db.*");
                }
            }
        } else if (setting.key() == ConfigKey.ASSERTIONS) {
            @SuppressWarnings("unchecked")
            Map<String, String> assertions = (Map<String, String>) setting.value();
            assertions.forEach((name, className) -> {
                if (className == null || !CLASS_NAME.matcher(className.trim()).matches()) {
                    throw setting.error(
                            "the assertion `" + name + "` maps to " + ValueType.describe(className, false)
                                    + ", which is not a class name",
                            "Map it to the fully qualified name of a class, such as com.example.IsSlug");
                }
            });
        }
    }
}
