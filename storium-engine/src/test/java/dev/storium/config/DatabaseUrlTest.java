package dev.storium.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.error.StoriumException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each URL form users write, normalised to a JDBC URL with the dialect, user and password taken out of it. */
class DatabaseUrlTest {
    @TempDir
    Path base;

    private StoriumConfig load(Map<String, ?> plugin) {
        return ConfigLoader.load(base, plugin, Map.of(), Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "jdbc:postgresql://db.example.com:5432/app | postgresql | jdbc:postgresql://db.example.com:5432/app | - | -",
                "jdbc:postgresql://db:5432/app?user=app&password=s%40cret&sslmode=require | postgresql "
                        + "| jdbc:postgresql://db:5432/app?sslmode=require | app | s@cret",
                "jdbc:postgresql:app | postgresql | jdbc:postgresql:app | - | -",
                "postgres://app:s3cret@db:5432/app | postgresql | jdbc:postgresql://db:5432/app | app | s3cret",
                "postgresql://app:p%40ss%3Aw%2Frd+x@db/app?sslmode=require | postgresql "
                        + "| jdbc:postgresql://db/app?sslmode=require | app | p@ss:w/rd+x",
                "postgres://app:p@ss@db/app | postgresql | jdbc:postgresql://db/app | app | p@ss",
                "postgres://app:p?s/s@db/app | postgresql | jdbc:postgresql://db/app | app | p?s/s",
                "postgres://app:pw@db/app?application_name=a@b | postgresql "
                        + "| jdbc:postgresql://db/app?application_name=a@b | app | pw",
                "postgres://db1:5432,db2:5433/app | postgresql | jdbc:postgresql://db1:5432,db2:5433/app | - | -",
                "postgres:///app | postgresql | jdbc:postgresql://localhost/app | - | -",
                "jdbc:mysql://root@127.0.0.1:3306/test | mysql | jdbc:mysql://127.0.0.1:3306/test | root | -",
                "jdbc:mariadb://app:pw@db:3306/app | mysql | jdbc:mysql://db:3306/app | app | pw",
                "mysql://app:pw@db/app?useSSL=false | mysql | jdbc:mysql://db/app?useSSL=false | app | pw",
                "mariadb://app:pw@db:3307/app | mysql | jdbc:mysql://db:3307/app | app | pw",
                "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1 | memory | jdbc:h2:mem:test;DB_CLOSE_DELAY=-1 | - | -",
                "jdbc:h2:mem:test;USER=sa;PASSWORD=pw | memory | jdbc:h2:mem:test | sa | pw",
                "jdbc:sqlite::memory: | sqlite | jdbc:sqlite::memory: | - | -",
                "jdbc:sqlite:/var/data/app.db | sqlite | jdbc:sqlite:/var/data/app.db | - | -",
                "sqlite:///var/data/app.db | sqlite | jdbc:sqlite:/var/data/app.db | - | -",
            })
    void urlFormsAreNormalisedAndTheDialectInferred(
            String url, String dialect, String jdbcUrl, String user, String password) {
        StoriumConfig config = load(Map.of("url", url));

        assertThat(config.dialect().key()).isEqualTo(dialect);
        assertThat(config.url()).isEqualTo(jdbcUrl);
        assertThat(config.user()).isEqualTo(user);
        assertThat(config.password()).isEqualTo(password);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sqlite:./dev.db", "sqlite:dev.db", "jdbc:sqlite:dev.db", "file:./dev.db", "sqlite://./dev.db"})
    void relativeSqlitePathsResolveAgainstTheProjectDirectory(String url) {
        assertThat(load(Map.of("url", url)).url()).isEqualTo("jdbc:sqlite:" + base.resolve("dev.db"));
    }

    @Test
    void sqliteKeepsItsParameters() {
        assertThat(load(Map.of("url", "sqlite:data/dev.db?foreign_keys=on")).url())
                .isEqualTo("jdbc:sqlite:" + base.resolve("data/dev.db") + "?foreign_keys=on");
    }

    @Test
    void memoryWithoutUrlIsOneH2DatabaseForTheWholeJvm() {
        StoriumConfig config = load(Map.of("dialect", "memory"));

        assertThat(config.url()).isEqualTo("jdbc:h2:mem:storium;DB_CLOSE_DELAY=-1");
    }

    @Test
    void otherDialectsWithoutUrlHaveNone() {
        assertThat(load(Map.of("dialect", "postgresql")).url()).isNull();
        assertThat(load(Map.of("dialect", "sqlite")).url()).isNull();
    }

    @Test
    void hostPortAndDatabaseBuildTheUrlWithDefaults() {
        StoriumConfig postgres = load(Map.of("dialect", "postgresql", "dbCredentials.database", "app"));
        StoriumConfig mysql = load(Map.of(
                "dialect",
                "mysql",
                "dbCredentials",
                Map.of("host", "db", "database", "app", "user", "root", "password", "pw")));
        StoriumConfig port = load(Map.of("dialect", "mysql", "dbCredentials.port", 3307));

        assertThat(postgres.url()).isEqualTo("jdbc:postgresql://localhost:5432/app");
        assertThat(mysql.url()).isEqualTo("jdbc:mysql://db:3306/app");
        assertThat(mysql.user()).isEqualTo("root");
        assertThat(mysql.password()).isEqualTo("pw");
        assertThat(port.url()).isEqualTo("jdbc:mysql://localhost:3307/");
    }

    @Test
    void dbCredentialsUrlIsTheSameAsUrl() {
        StoriumConfig config = load(Map.of("dbCredentials.url", "postgres://app:pw@db/app"));

        assertThat(config.url()).isEqualTo("jdbc:postgresql://db/app");
        assertThat(config.password()).isEqualTo("pw");
    }

    @Test
    void aPasswordBesideAUrlWithoutOneIsUsed() {
        StoriumConfig config = load(Map.of("url", "postgres://app@db/app", "dbCredentials.password", "pw"));

        assertThat(config.user()).isEqualTo("app");
        assertThat(config.password()).isEqualTo("pw");
    }

    @Test
    void aHigherSourceOverridesThePasswordInsideALowerSourcesUrl() {
        StoriumConfig config = ConfigLoader.load(
                base,
                Map.of("url", "postgres://app:old@db/app"),
                Map.of("storium.dbCredentials.password", "new"),
                Map.of());

        assertThat(config.password()).isEqualTo("new");
    }

    @Test
    void theShortUserAndPasswordPropertiesOverrideTheCredentialsOfLowerSources() {
        StoriumConfig config = ConfigLoader.load(
                base,
                Map.of("url", "postgres://app:old@db/app"),
                Map.of("storium.user", "deployer", "storium.password", "new"),
                Map.of());

        assertThat(config.user()).isEqualTo("deployer");
        assertThat(config.password()).isEqualTo("new");
    }

    @Test
    void theShortAndTheLongPasswordPropertyTogetherAreAnError() {
        assertThatThrownBy(() -> ConfigLoader.load(
                        base,
                        Map.of("dialect", "memory"),
                        Map.of("storium.password", "a", "storium.dbCredentials.password", "b"),
                        Map.of()))
                .isInstanceOf(StoriumException.class)
                .hasMessage("The password is given twice as a property: -Dstorium.password and"
                        + " -Dstorium.dbCredentials.password (the same setting). Keep one of them.");
    }

    @Test
    void aHigherSourcesUrlReplacesLowerHostKeys() {
        StoriumConfig config = ConfigLoader.load(
                base,
                Map.of("dialect", "postgresql", "dbCredentials.host", "old"),
                Map.of("storium.url", "postgres://new/app"),
                Map.of());

        assertThat(config.url()).isEqualTo("jdbc:postgresql://new/app");
    }

    @Test
    void displayMasksPasswordsEvenWhenTheyHoldUrlCharacters() {
        assertThat(DatabaseUrl.display("postgres://app:p/ss?x@db/app")).isEqualTo("postgres://app:****@db/app");
        assertThat(DatabaseUrl.display("postgres://app:pw@db/app?a=b@c")).isEqualTo("postgres://app:****@db/app?a=b@c");
        assertThat(DatabaseUrl.display("jdbc:h2:mem:x;PASSWORD=pw")).isEqualTo("jdbc:h2:mem:x;PASSWORD=****");
        assertThat(DatabaseUrl.display("jdbc:postgresql://db/app?password=pw"))
                .isEqualTo("jdbc:postgresql://db/app?password=****");
    }
}
