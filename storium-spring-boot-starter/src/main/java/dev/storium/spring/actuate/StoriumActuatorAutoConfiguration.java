package dev.storium.spring.actuate;

import dev.storium.config.StoriumConfig;
import dev.storium.options.SchemaSource;
import dev.storium.spring.StoriumAutoConfiguration;
import javax.sql.DataSource;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Storium in Actuator, when the application has it: the health indicator {@code storium} and the endpoint
 * {@code storium}. Each can be turned off as any other ({@code management.health.storium.enabled=false},
 * {@code management.endpoint.storium.access=none}).
 */
@AutoConfiguration(after = StoriumAutoConfiguration.class)
@ConditionalOnBean(StoriumConfig.class)
public class StoriumActuatorAutoConfiguration {

    /** The health indicator, when Spring Boot's health support is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("storium")
    static class Health {
        @Bean
        @ConditionalOnMissingBean(name = "storiumHealthIndicator")
        StoriumHealthIndicator storiumHealthIndicator(
                DataSource dataSource, StoriumConfig config, SchemaSource source) {
            return new StoriumHealthIndicator(dataSource, config, source);
        }
    }

    /** The endpoint, when Actuator's endpoints are on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
    @ConditionalOnAvailableEndpoint(StoriumEndpoint.class)
    static class Endpoint {
        @Bean
        @ConditionalOnMissingBean
        StoriumEndpoint storiumEndpoint(DataSource dataSource, StoriumConfig config, SchemaSource source) {
            return new StoriumEndpoint(dataSource, config, source);
        }
    }
}
