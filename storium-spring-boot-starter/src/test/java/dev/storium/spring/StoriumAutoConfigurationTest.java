package dev.storium.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.StoriumInstance;
import dev.storium.config.Dialect;
import dev.storium.error.StoriumException;
import dev.storium.spring.actuate.StoriumActuatorAutoConfiguration;
import dev.storium.spring.actuate.StoriumEndpoint;
import dev.storium.spring.actuate.StoriumHealthIndicator;
import dev.storium.testing.TestDatabases;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** When the auto-configuration makes which bean, on a SQLite database. */
class StoriumAutoConfigurationTest {
    @TempDir
    Path temp;

    private TestDatabases databases;
    private ApplicationContextRunner runner;

    @BeforeEach
    void runner() {
        databases = TestDatabases.forPurpose("StoriumAutoConfigurationTest");
        Path migrations = ExampleApp.migrationsCopy(Dialect.SQLITE, temp.resolve("migrations"));
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        DataSourceAutoConfiguration.class,
                        StoriumAutoConfiguration.class,
                        StoriumActuatorAutoConfiguration.class))
                .withPropertyValues(
                        "spring.datasource.url=" + databases.url(Dialect.SQLITE),
                        "storium.out=" + migrations,
                        "management.endpoints.web.exposure.include=storium");
    }

    @AfterEach
    void dropDatabases() {
        databases.close();
    }

    @Test
    void withActuatorTheHealthIndicatorAndTheEndpointAreThere() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(StoriumInstance.class);
            assertThat(context).hasSingleBean(StoriumMigration.class);
            assertThat(context.getBean(StoriumMigration.class).result().applied())
                    .containsExactly("0000_create_library");
            assertThat(context).hasSingleBean(StoriumHealthIndicator.class);
            assertThat(context).hasSingleBean(StoriumEndpoint.class);
        });
    }

    @Test
    void jdbcTemplateIsMadeAfterTheMigrations() {
        runner.withConfiguration(AutoConfigurations.of(JdbcTemplateAutoConfiguration.class))
                .run(context -> {
                    assertThat(context.getBeanFactory()
                                    .getBeanDefinition("jdbcTemplate")
                                    .getDependsOn())
                            .contains("storiumMigration");
                    assertThat(context.getBean(JdbcTemplate.class)
                                    .queryForObject("SELECT count(*) FROM __storium_migrations", Integer.class))
                            .isEqualTo(1);
                });
    }

    @Test
    void withoutActuatorOnTheClassPathTheRuntimeWorksAlone() {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class, Endpoint.class))
                .run(context -> {
                    assertThat(context).hasSingleBean(StoriumInstance.class);
                    assertThat(context).doesNotHaveBean(StoriumHealthIndicator.class);
                    assertThat(context).doesNotHaveBean(StoriumEndpoint.class);
                });
    }

    @Test
    void theHealthIndicatorTurnsOffAsAnyOther() {
        runner.withPropertyValues("management.health.storium.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(StoriumHealthIndicator.class));
    }

    @Test
    void withoutADataSourceNothingIsMade() {
        new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(StoriumAutoConfiguration.class, StoriumActuatorAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).doesNotHaveBean(DataSource.class);
                    assertThat(context).doesNotHaveBean(StoriumInstance.class);
                    assertThat(context).doesNotHaveBean(StoriumHealthIndicator.class);
                });
    }

    @Test
    void aDialectSetAgainstTheDataSourcesStopsTheStart() {
        runner.withPropertyValues("storium.dialect=postgresql").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .isInstanceOf(StoriumException.class)
                    .hasMessageContaining("postgresql")
                    .hasMessageContaining("sqlite");
        });
    }
}
