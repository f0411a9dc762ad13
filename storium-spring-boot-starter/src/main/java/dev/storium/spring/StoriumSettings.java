package dev.storium.spring;

import dev.storium.config.ConfigLoader;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Storium's configuration for an application: the {@code storium.*} settings of its Spring environment over Storium's
 * config file and defaults, on the database of its {@code DataSource}.
 */
final class StoriumSettings {
    private StoriumSettings() {}

    /**
     * The configuration: the set {@code storium.*} values of {@code properties} win over the config file of the working
     * directory; without {@code schema} or {@code stores} in either, the classes under {@code packages} (the
     * application's) are scanned for tables and store definitions, rather than the whole class path.
     * The dialect, unless a source sets it, is the one the DataSource's driver reports.
     */
    static StoriumConfig load(StoriumProperties properties, List<String> packages, DataSource dataSource) {
        return load(properties, packages, dialectOf(dataSource), Path.of("").toAbsolutePath(), System.getenv());
    }

    /**
     * As {@link #load(StoriumProperties, List, DataSource)}, from this directory and environment. Only the bound
     * {@code properties} are handed to Storium, not the raw {@code -Dstorium.*} system properties: Spring has bound
     * those already (in any of its spellings, such as {@code storium.migrations-table}), and the starter's own keys
     * ({@code storium.migrate.enabled}) are none of Storium's.
     */
    static StoriumConfig load(
            StoriumProperties properties,
            List<String> packages,
            Dialect dialect,
            Path directory,
            Map<String, String> environment) {
        Map<String, String> values = new HashMap<>(properties.configKeys());
        StoriumConfig config = ConfigLoader.loadForApplication(directory, values, environment, dialect);
        if (packages.isEmpty() || !config.schema().isEmpty() && !config.stores().isEmpty()) {
            return config;
        }
        String underPackages = packages.stream().map(p -> p + ".**").collect(Collectors.joining(","));
        if (config.schema().isEmpty()) {
            values.put("storium.schema", underPackages);
        }
        if (config.stores().isEmpty()) {
            values.put("storium.stores", underPackages);
        }
        return ConfigLoader.loadForApplication(directory, values, environment, dialect);
    }

    /** The dialect of the database behind the DataSource, by the product name its driver reports. */
    static Dialect dialectOf(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    "Storium could not read which database the application's DataSource is: " + e.getMessage()
                            + ". Fix: check spring.datasource.url and that the database is up.",
                    e);
        }
        return Dialect.fromProductName(product)
                .orElseThrow(() -> new StoriumException(
                        ErrorCode.CONFIG,
                        "The application's DataSource is a " + product + " database, which Storium does not support"
                                + " (it supports PostgreSQL, MySQL/MariaDB, SQLite and H2). Fix: point"
                                + " spring.datasource.url at a supported database, or remove storium-spring-boot-starter"
                                + " from the application's dependencies."));
    }
}
