package dev.storium.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The settings read from one source.
 *
 * @param source the source
 * @param settings the values set there, by key
 */
record Layer(Source source, Map<ConfigKey, Setting> settings) {

    Layer {
        EnumMap<ConfigKey, Setting> copy = new EnumMap<>(ConfigKey.class);
        copy.putAll(settings);
        settings = Collections.unmodifiableMap(copy);
    }

    static Layer empty(Source source) {
        return new Layer(source, Map.of());
    }

    Optional<Setting> get(ConfigKey key) {
        return Optional.ofNullable(settings.get(key));
    }

    boolean has(ConfigKey key) {
        return settings.containsKey(key);
    }
}
