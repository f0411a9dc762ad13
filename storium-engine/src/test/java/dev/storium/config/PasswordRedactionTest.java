package dev.storium.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storium.error.StoriumException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The password never appears in a message, an exception or a toString. */
class PasswordRedactionTest {
    static final String SECRET = "Sup3rS3cret";

    @TempDir
    Path base;

    private String message(String fileName, String content, Map<String, ?> plugin) throws IOException {
        Files.writeString(base.resolve(fileName), content);
        StoriumException e =
                catchThrowableOfType(StoriumException.class, () -> ConfigLoader.load(base, plugin, Map.of(), Map.of()));
        assertThat(e).as("expected an error").isNotNull();
        return e.getMessage() + (e.getCause() == null ? "" : e.getCause().toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "dialect: mysql\nurl: postgres://app:" + SECRET + "@db/app\n",
                "url: postgres://app:" + SECRET + "@db/app\ndbCredentials: {password: other}\n",
                "url: postgres://app:" + SECRET + "/x?y@db/app\ndialect: mysql\n",
                "url: postgres://app:" + SECRET + "@db/app?password=" + SECRET + "\n",
                "url: oracle://app:" + SECRET + "@db/app\n",
                "url: jdbc:oracle:thin:app/" + SECRET + "@db:1521/app\n",
                "url: postgres://app:" + SECRET + "%zz@db/app\n",
                "dialect: mysql\nurl: jdbc:h2:mem:x;PASSWORD=" + SECRET + "\n",
                "dialect: memory\ndbCredentials: {password: [" + SECRET + "]}\n",
                "dialect: memory\ndbCredentials: " + SECRET + "\n",
                "dialect: memory\ndbCredentials:\n  password: " + SECRET + "\n  password: " + SECRET + "\n",
                "dialect: memory\ndbCredentials: {password: " + SECRET + "\n",
            })
    void yamlErrorsNeverShowThePassword(String yaml) throws IOException {
        assertThat(message("storium.config.yaml", yaml, Map.of())).doesNotContain(SECRET);
    }

    @Test
    void jsonSyntaxErrorsNeverShowThePassword() throws IOException {
        String json = "{\"dialect\": \"memory\", \"dbCredentials\": {\"password\": " + SECRET + "}}";

        assertThat(message("storium.config.json", json, Map.of())).doesNotContain(SECRET);
    }

    @Test
    void pluginValueErrorsNeverShowThePassword() throws IOException {
        assertThat(message(
                        "storium.config.yaml",
                        "dialect: mysql\n",
                        Map.of("url", "jdbc:postgresql://db/app?password=" + SECRET)))
                .doesNotContain(SECRET);
    }

    @Test
    void theLoadedConfigurationNeverShowsThePassword() {
        StoriumConfig config = ConfigLoader.load(
                base, Map.of("url", "postgres://app:" + SECRET + "@db/app?sslmode=require"), Map.of(), Map.of());

        assertThat(config.password()).isEqualTo(SECRET);
        assertThat(config.url()).doesNotContain(SECRET);
        assertThat(config.toString()).doesNotContain(SECRET).contains("password=****");
    }

    @Test
    void internalRecordsNeverShowThePassword() {
        Setting setting = new Setting(ConfigKey.PASSWORD, SECRET, Source.PLUGIN);
        Setting url = new Setting(ConfigKey.URL, "postgres://app:" + SECRET + "@db/app", Source.PLUGIN);
        DatabaseUrl.Target target = DatabaseUrl.parse(url, base);

        assertThat(setting.toString()).doesNotContain(SECRET);
        assertThat(url.toString()).doesNotContain(SECRET);
        assertThat(target.toString()).doesNotContain(SECRET);
        assertThat(new DatabaseSettings(Dialect.MEMORY, "jdbc:h2:mem:x", "sa", SECRET, null).toString())
                .doesNotContain(SECRET);
    }
}
