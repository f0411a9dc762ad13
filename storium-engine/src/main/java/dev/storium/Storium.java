package dev.storium;

import dev.storium.config.StoriumConfig;
import dev.storium.schema.TableDef;
import java.util.Map;

/** The facade: one static method per goal. PLACEHOLDER bodies: owned by the generate work. */
public final class Storium {
    private Storium() {}

    /** Diffs the code against the last snapshot and writes the next migration; needs no database. */
    public static GenerateResult generate(StoriumConfig config, SchemaSource source, GenerateOptions options) {
        throw new IllegalStateException("placeholder");
    }

    /** Reports the migrations directory, the schema classes and whether the code has ungenerated changes. */
    public static StatusResult status(StoriumConfig config, SchemaSource source) {
        throw new IllegalStateException("placeholder");
    }

    /** The table definitions found in the source, by table name; fails on two definitions of one table. */
    public static Map<String, TableDef> collectSchemas(StoriumConfig config, SchemaSource source) {
        throw new IllegalStateException("placeholder");
    }

    /** The configuration of the working directory, from system properties, the environment and the config file. */
    public static StoriumConfig loadConfig() {
        return dev.storium.config.ConfigLoader.load(
                java.nio.file.Path.of("").toAbsolutePath(),
                Map.of(),
                toStringMap(System.getProperties()),
                System.getenv());
    }

    private static Map<String, String> toStringMap(java.util.Properties properties) {
        Map<String, String> map = new java.util.HashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return map;
    }
}
