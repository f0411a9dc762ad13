package dev.storium.config;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces {@code ${env.NAME}} placeholders in configuration values with environment variables. */
final class Placeholders {
    private static final Pattern ENV = Pattern.compile("\\$\\{env\\.([^}]*)}");

    private final Map<String, String> environment;

    Placeholders(Map<String, String> environment) {
        this.environment = environment;
    }

    /** The raw value with every placeholder in its strings (inside lists and maps too) replaced. */
    Object resolve(Object raw, String key, Source source) {
        if (raw instanceof String) {
            return resolveText((String) raw, key, source);
        }
        if (raw instanceof Collection) {
            List<Object> items = new ArrayList<>();
            for (Object item : (Collection<?>) raw) {
                items.add(resolve(item, key, source));
            }
            return items;
        }
        if (raw instanceof Map) {
            Map<Object, Object> map = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) raw).entrySet()) {
                map.put(entry.getKey(), resolve(entry.getValue(), key + "." + entry.getKey(), source));
            }
            return map;
        }
        return raw;
    }

    private String resolveText(String text, String key, Source source) {
        Matcher matcher = ENV.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = environment.get(name);
            if (value == null) {
                throw new StoriumException(
                        ErrorCode.CONFIG,
                        "Undefined environment variable `" + name + "` in the placeholder ${env." + name + "} of "
                                + source.describe(key) + ": the environment has no variable of that name. Set "
                                + name + " in the environment of the build, or replace the placeholder.");
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
