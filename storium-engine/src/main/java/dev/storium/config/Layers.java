package dev.storium.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every source's settings, highest precedence first: {@code -Dstorium.*} properties, the plugin configuration, the
 * config file.
 *
 * @param highestFirst the layers in precedence order
 * @param searched the sources looked at, for messages: properties, plugin configuration, and the file or its absence
 */
record Layers(List<Layer> highestFirst, String searched) {

    Layers {
        highestFirst = List.copyOf(highestFirst);
    }

    /** The setting of {@code key} from the highest source that sets it. */
    Optional<Setting> get(ConfigKey key) {
        return highestFirst.stream().flatMap(l -> l.get(key).stream()).findFirst();
    }

    /** The precedence rank (0 highest) of the highest source that sets any of {@code keys}, or -1. */
    int rank(ConfigKey... keys) {
        for (int i = 0; i < highestFirst.size(); i++) {
            for (ConfigKey key : keys) {
                if (highestFirst.get(i).has(key)) {
                    return i;
                }
            }
        }
        return -1;
    }

    Layer at(int rank) {
        return highestFirst.get(rank);
    }

    /** The assertions of every source, merged entry by entry: a higher source overrides a name it also sets. */
    Map<String, String> assertions() {
        Map<String, String> merged = new LinkedHashMap<>();
        for (int i = highestFirst.size() - 1; i >= 0; i--) {
            highestFirst.get(i).get(ConfigKey.ASSERTIONS).ifPresent(s -> {
                @SuppressWarnings("unchecked")
                Map<String, String> entries = (Map<String, String>) s.value();
                entries.forEach((name, className) -> merged.put(name, className.trim()));
            });
        }
        return merged;
    }
}
