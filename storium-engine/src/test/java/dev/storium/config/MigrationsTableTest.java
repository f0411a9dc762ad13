package dev.storium.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.error.StoriumException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTableTest {
    @TempDir
    Path dir;

    @Test
    void defaultsToStoriumMigrations() {
        StoriumConfig config = ConfigLoader.load(dir, Map.of("dialect", "sqlite"), Map.of(), Map.of());
        assertThat(config.migrationsTable()).isEqualTo("__storium_migrations");
    }

    @Test
    void takesTheConfiguredName() {
        StoriumConfig config = ConfigLoader.load(
                dir, Map.of("dialect", "sqlite"), Map.of("storium.migrationsTable", "app_history"), Map.of());
        assertThat(config.migrationsTable()).isEqualTo("app_history");
    }

    @Test
    void refusesANameThatIsNotAPlainIdentifier() {
        assertThatThrownBy(() -> ConfigLoader.load(
                        dir, Map.of("dialect", "sqlite", "migrationsTable", "drop table x;"), Map.of(), Map.of()))
                .isInstanceOf(StoriumException.class)
                .hasMessageContaining("migrationsTable")
                .hasMessageContaining("is not a plain table name")
                .hasMessageContaining("__storium_migrations");
    }
}
