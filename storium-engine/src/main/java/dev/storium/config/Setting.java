package dev.storium.config;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.util.Objects;

/**
 * One configuration value and where it was set.
 *
 * @param key the key
 * @param value the value in its Java form ({@code String}, {@code Integer}, {@code List<String>} or
 *     {@code Map<String, String>}), never null
 * @param source where it was set
 */
record Setting(ConfigKey key, Object value, Source source) {

    Setting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    String text() {
        return (String) value;
    }

    int number() {
        return (Integer) value;
    }

    /** Names this setting: {@code key `pool.max` in storium.config.yaml}. */
    String describe() {
        return source.describe(key.path());
    }

    /** The value as it may be shown: secrets masked, URLs redacted. */
    String shown() {
        if (key.secret()) {
            return "****";
        }
        return key.isUrl() ? DatabaseUrl.display(text()) : String.valueOf(value);
    }

    /** A configuration error about this setting: what is wrong with it (the facts) and the fix. */
    StoriumException error(String facts, String fix) {
        return new StoriumException(
                ErrorCode.CONFIG,
                "Invalid " + describe() + ": " + facts + ". " + fix
                        + (fix.endsWith(".") || fix.endsWith("?") ? "" : "."));
    }

    @Override
    public String toString() {
        return key.path() + "=" + shown() + " (" + source.describe(key.path()) + ")";
    }
}
