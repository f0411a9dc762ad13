package dev.storium.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link StoriumMigration} initializes the database, so beans that depend on database
 * initialization ({@code JdbcTemplate}, JPA's entity manager factory, ...) are made after the migrations ran.
 */
final class StoriumMigrationDetector extends AbstractBeansOfTypeDatabaseInitializerDetector
        implements DatabaseInitializerDetector {
    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(StoriumMigration.class);
    }
}
