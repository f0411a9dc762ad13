package dev.storium.spring;

import dev.storium.Storium;
import dev.storium.StoriumInstance;
import dev.storium.config.StoriumConfig;
import dev.storium.options.MigrateOptions;
import dev.storium.options.SchemaSource;
import dev.storium.result.SeedResult;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * Storium on the application's {@code DataSource}: its configuration, the migrations applied at start-up (unless
 * {@code storium.migrate.enabled=false}) and a {@link StoriumInstance} whose stores the application registers as beans.
 * Each bean backs off when the application defines its own. Beans that depend on database initialization
 * ({@code JdbcTemplate}, JPA) are made after the migrations, as they are after Flyway's.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Storium.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(StoriumProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class StoriumAutoConfiguration {

    /** Storium's configuration: {@code storium.*} over Storium's config file, on the DataSource's database. */
    @Bean
    @ConditionalOnMissingBean
    StoriumConfig storiumConfig(StoriumProperties properties, BeanFactory beanFactory, DataSource dataSource) {
        List<String> packages =
                AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory) : List.of();
        return StoriumSettings.load(properties, packages, dataSource);
    }

    /** Where the table definitions are looked for: the application's class loader, narrowed by {@code schema}. */
    @Bean
    @ConditionalOnMissingBean
    SchemaSource storiumSchemaSource(ResourceLoader resourceLoader) {
        return SchemaSource.of(resourceLoader.getClassLoader());
    }

    /** The migrations applied at start-up. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = "storium.migrate.enabled", matchIfMissing = true)
    StoriumMigration storiumMigration(DataSource dataSource, StoriumConfig config, StoriumProperties properties) {
        StoriumProperties.Migrate migrate = properties.getMigrate();
        return new StoriumMigration(
                dataSource, config, new MigrateOptions(migrate.isOutOfOrder(), false, migrate.getLockWait()));
    }

    /**
     * The runtime on the application's DataSource, made after the migrations ran; closing it (when the context closes)
     * leaves the DataSource open. With {@code storium.seed.enabled}, the seeds run once it is made.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    StoriumInstance storiumInstance(
            DataSource dataSource,
            StoriumConfig config,
            StoriumProperties properties,
            SchemaSource source,
            ObjectProvider<StoriumMigration> migration) {
        migration.ifAvailable(ran -> {});
        StoriumInstance instance = Storium.connect(dataSource, config);
        if (properties.getSeed().isEnabled()) {
            SeedResult seeded = Storium.seed(instance, source);
            if (!seeded.success()) {
                instance.close();
                throw seeded.error();
            }
        }
        return instance;
    }
}
