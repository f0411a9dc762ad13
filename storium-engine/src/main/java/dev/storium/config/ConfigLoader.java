package dev.storium.config;

import java.nio.file.Path;
import java.util.Map;

/** Builds a {@link StoriumConfig} from its sources. PLACEHOLDER: owned by the configuration work. */
public final class ConfigLoader {
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
     */
    public static StoriumConfig load(
            Path baseDir,
            Map<String, ?> pluginValues,
            Map<String, String> properties,
            Map<String, String> environment) {
        throw new IllegalStateException("placeholder");
    }
}
