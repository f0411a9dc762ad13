package dev.storium.spring;

import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import dev.storium.options.MigrateOptions;
import dev.storium.result.MigrateResult;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies the pending migrations on the application's DataSource when the context starts; a refusal or failure (a
 * failed statement, an edited applied file, ...) stops the start with Storium's message. The beans that use the
 * database (Storium's instance, {@code JdbcTemplate}, JPA) are made after it.
 */
public final class StoriumMigration implements InitializingBean {
    private static final Logger LOG = LoggerFactory.getLogger(StoriumMigration.class);

    private final DataSource dataSource;
    private final StoriumConfig config;
    private final MigrateOptions options;
    private MigrateResult result;

    /** The migration of {@code dataSource} with these settings and options; it runs in {@link #afterPropertiesSet()}. */
    public StoriumMigration(DataSource dataSource, StoriumConfig config, MigrateOptions options) {
        this.dataSource = dataSource;
        this.config = config;
        this.options = options;
    }

    /** Migrates; throws Storium's exception when migrate did not succeed. */
    @Override
    public void afterPropertiesSet() {
        MigrateResult migrated = Storium.migrate(dataSource, config, options);
        migrated.warnings().forEach(LOG::warn);
        if (!migrated.success()) {
            throw migrated.error();
        }
        result = migrated;
    }

    /** What the start-up's migrate did: the tags it applied. */
    public MigrateResult result() {
        return result;
    }
}
