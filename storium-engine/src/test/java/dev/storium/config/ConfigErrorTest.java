package dev.storium.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each configuration error's message: what happened, naming the key and the source, the facts and the fix. */
class ConfigErrorTest {
    @TempDir
    Path base;

    private String yamlError(String yaml) throws IOException {
        Files.writeString(base.resolve("storium.config.yaml"), yaml);
        return error(Map.of(), Map.of(), Map.of());
    }

    private String error(Map<String, ?> plugin, Map<String, String> properties, Map<String, String> environment) {
        StoriumException e = catchThrowableOfType(
                StoriumException.class, () -> ConfigLoader.load(base, plugin, properties, environment));
        assertThat(e).as("expected a configuration error").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
        return e.getMessage();
    }

    @Test
    void unknownKeyInAFileSuggestsTheClosest() throws IOException {
        assertThat(yamlError("dialcet: postgresql\n"))
                .isEqualTo(
                        "Unknown key `dialcet` in storium.config.yaml; did you mean `dialect`? The keys are: dialect,"
                                + " url, dbCredentials, schema, stores, out, migrationsTable, seeds, assertions, pool. Rename or remove `dialcet`.");
    }

    @Test
    void unknownKeyInsideAGroup() throws IOException {
        assertThat(yamlError("dialect: memory\ndbCredentials: {passwrd: x}\n"))
                .isEqualTo("Unknown key `dbCredentials.passwrd` in storium.config.yaml; did you mean "
                        + "`dbCredentials.password`? The keys of `dbCredentials` are: url, host, port, database, user, "
                        + "password. Rename or remove `dbCredentials.passwrd`.");
    }

    @Test
    void aGroupKeyAtTheTopSuggestsItsGroup() throws IOException {
        assertThat(yamlError("dialect: memory\npassword: x\n"))
                .startsWith("Unknown key `password` in storium.config.yaml; did you mean `dbCredentials.password`?");
    }

    @Test
    void aStoriumPrefixInAFileIsExplained() throws IOException {
        Files.writeString(base.resolve("storium.config.properties"), "storium.dialect=memory\n");

        assertThat(error(Map.of(), Map.of(), Map.of()))
                .startsWith("Unknown key `storium` in storium.config.properties: keys in a config file are written "
                        + "without the `storium.` prefix.");
    }

    @Test
    void unknownKeyInPluginValues() {
        assertThat(error(Map.of("dialect", "memory", "pool.maxx", 3), Map.of(), Map.of()))
                .isEqualTo("Unknown key `pool.maxx` in the plugin configuration; did you mean `pool.max`? The keys of "
                        + "`pool` are: min, max. Rename or remove `pool.maxx`.");
    }

    @ParameterizedTest(name = "-D{0}")
    @CsvSource({
        "storium.dialcet, storium.dialect",
        "storium.Dialect, storium.dialect",
        "storium.schemas, storium.schema",
        "storium.host, storium.dbCredentials.host",
        "storium.pool.maxx, storium.pool.max"
    })
    void aPropertyThatLooksLikeATypoOfAKeyIsAnError(String property, String meant) {
        assertThat(error(Map.of("dialect", "memory"), Map.of(property, "1"), Map.of()))
                .startsWith("Unknown property -D" + property + "; did you mean -D" + meant + "?")
                .endsWith("Rename or remove -D" + property + ".");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "pool: {max: ten} | key `pool.max` in storium.config.yaml: expected a whole number, found `ten`. Write a"
                        + " whole number, such as 10.",
                "pool: {max: 2.5} | key `pool.max` in storium.config.yaml: expected a whole number, found the number "
                        + "2.5. Write a whole number, such as 10.",
                "schema: 5 | key `schema` in storium.config.yaml: expected a list of strings or a comma-separated "
                        + "string, found the number 5. Write class-name globs, such as [com.example.db.*] or "
                        + "\"com.example.db.*, com.example.more.*\".",
                "stores: {a: b} | key `stores` in storium.config.yaml: expected a list of strings or a comma-separated"
                        + " string, found a map. Write class-name globs, such as [com.example.db.*] or "
                        + "\"com.example.db.*, com.example.more.*\".",
                "out: [a, b] | key `out` in storium.config.yaml: expected a string, found a list. Write a single value.",
                "pool: 5 | key `pool` in storium.config.yaml: expected a group of the keys min, max, found the number "
                        + "5. Set the keys one by one, such as `pool.min`.",
                "assertions: [a] | key `assertions` in storium.config.yaml: expected a map of names to class names, "
                        + "found a list. Write assertion names mapped to class names, such as "
                        + "{isSlug: com.example.IsSlug}.",
                "assertions: {isSlug: not a class} | key `assertions` in storium.config.yaml: the assertion `isSlug` "
                        + "maps to `not a class`, which is not a class name. Map it to the fully qualified name of a "
                        + "class, such as com.example.IsSlug.",
                "schema: ./entities/**/*.schema.ts | key `schema` in storium.config.yaml: `./entities/**/*.schema.ts`"
                        + " looks like a file path, but Storium for Java finds schema by class name. Use globs over "
                        + "fully qualified class names, such as com.example.db.*.",
                "seeds: ./seeds | key `seeds` in storium.config.yaml: `./seeds` looks like a file path, but Storium "
                        + "for Java finds seeds by class name. Use globs over fully qualified class names, such as "
                        + "com.example.db.*.",
                "pool: {max: 0} | key `pool.max` in storium.config.yaml: pool.max cannot be less than 1, found 0. Set "
                        + "it to 1 or more.",
                "pool: {min: -1} | key `pool.min` in storium.config.yaml: pool.min cannot be less than 0, found -1. "
                        + "Set it to 0 or more.",
            })
    void wrongTypesAndValues(String yaml, String message) throws IOException {
        assertThat(yamlError("dialect: memory\n" + yaml + "\n")).isEqualTo("Invalid " + message);
    }

    @Test
    void wrongTypeInAProperty() {
        assertThat(error(Map.of("dialect", "memory"), Map.of("storium.pool.max", "ten"), Map.of()))
                .isEqualTo("Invalid property -Dstorium.pool.max: expected a whole number, found `ten`. Write a whole "
                        + "number, such as 10.");
    }

    @Test
    void poolMaxBelowMinNamesBothSources() throws IOException {
        Files.writeString(base.resolve("storium.config.yaml"), "dialect: memory\npool: {min: 5}\n");

        assertThat(error(Map.of("pool.max", 2), Map.of(), Map.of()))
                .isEqualTo("Invalid pool: pool.max (2, key `pool.max` in the plugin configuration) cannot be less than "
                        + "pool.min (5, key `pool.min` in storium.config.yaml). Raise pool.max or lower pool.min.");
    }

    @Test
    void unknownDialectListsTheValidOnes() throws IOException {
        assertThat(yamlError("dialect: oracle\n"))
                .isEqualTo("Invalid key `dialect` in storium.config.yaml: unknown dialect `oracle`, expected one of "
                        + "postgresql, mysql, sqlite, memory (memory is H2 in memory). Set it to one of those.");
        assertThat(yamlError("dialect: postgres\n")).endsWith("Did you mean `postgresql`?");
    }

    @Test
    void missingDialectWithoutUrl() {
        assertThat(error(Map.of(), Map.of(), Map.of()))
                .isEqualTo("No dialect configured: `dialect` is not set and there is no `url` to infer it from (looked"
                        + " at -Dstorium.* properties, the plugin configuration and no config file: none of "
                        + "storium.config.yaml, storium.config.yml, storium.config.json, storium.config.properties is in "
                        + base + "). Set dialect to one of postgresql, mysql, sqlite, memory, or set url.");
    }

    @Test
    void urlContradictingTheDialect() throws IOException {
        assertThat(yamlError("dialect: mysql\nurl: postgres://app:s3cret@db/app\n"))
                .isEqualTo("The dialect and the URL disagree: key `dialect` in storium.config.yaml is mysql, but key "
                        + "`url` in storium.config.yaml (postgres://app:****@db/app) is a postgresql URL. Set dialect to"
                        + " postgresql, or use a mysql URL.");
    }

    @Test
    void urlInAPropertyContradictingTheDialectInThePlugin() {
        assertThat(error(Map.of("dialect", "sqlite"), Map.of("storium.url", "jdbc:h2:mem:x"), Map.of()))
                .isEqualTo("The dialect and the URL disagree: key `dialect` in the plugin configuration is sqlite, but "
                        + "property -Dstorium.url (jdbc:h2:mem:x) is a memory URL. Set dialect to memory, or use a "
                        + "sqlite URL.");
    }

    @Test
    void passwordInTheUrlAndBesideIt() throws IOException {
        assertThat(yamlError("url: postgres://app:s3cret@db/app\ndbCredentials: {password: s3cret}\n"))
                .isEqualTo(
                        "The password is given in two places in storium.config.yaml: inside `url` and as "
                                + "`dbCredentials.password`. Remove the password from the URL, or remove dbCredentials.password.");
    }

    @Test
    void userInTheUrlAndBesideItInProperties() {
        assertThat(error(
                        Map.of(),
                        Map.of("storium.url", "mysql://root@db/app", "storium.dbCredentials.user", "app"),
                        Map.of()))
                .isEqualTo("The user is given in two places in -Dstorium.* properties: inside `url` and as "
                        + "`dbCredentials.user`. Remove the user from the URL, or remove dbCredentials.user.");
    }

    @Test
    void urlAndDbCredentialsUrl() throws IOException {
        assertThat(yamlError("url: postgres://db/app\ndbCredentials: {url: postgres://db/app}\n"))
                .isEqualTo("The URL is given in two places in storium.config.yaml: `url` and `dbCredentials.url`. Keep "
                        + "one of them.");
    }

    @Test
    void urlAndHost() {
        assertThat(error(Map.of("url", "postgres://db/app", "dbCredentials.host", "db"), Map.of(), Map.of()))
                .isEqualTo("The database location is given in two places in the plugin configuration: `url` and "
                        + "`dbCredentials.host`. Give either a URL or host, port and database.");
    }

    @Test
    void passwordTwiceInsideOneUrl() {
        assertThat(error(Map.of("url", "postgres://app:a@db/app?password=b"), Map.of(), Map.of()))
                .isEqualTo("Invalid key `url` in the plugin configuration: the URL gives the password twice, before the"
                        + " host and as the `password` parameter. Keep one of them.");
    }

    @Test
    void hostForSqlite() throws IOException {
        assertThat(yamlError("dialect: sqlite\ndbCredentials: {host: db}\n"))
                .isEqualTo("Invalid key `dbCredentials.host` in storium.config.yaml: host, port and database apply to "
                        + "postgresql and mysql, but the dialect is sqlite. For sqlite set url instead, such as "
                        + "sqlite:./dev.db.");
        assertThat(yamlError("dbCredentials: {database: app}\n"))
                .isEqualTo("Invalid key `dbCredentials.database` in storium.config.yaml: host, port and database do not"
                        + " say which database this is. Set dialect to postgresql or mysql.");
    }

    @Test
    void portOutOfRange() {
        assertThat(error(Map.of("dialect", "postgresql", "dbCredentials.port", 70000), Map.of(), Map.of()))
                .isEqualTo("Invalid key `dbCredentials.port` in the plugin configuration: the port 70000 is outside "
                        + "1..65535. Set the port of the database server.");
    }

    @Test
    void unsupportedUrlShowsOnlyItsScheme() throws IOException {
        assertThat(yamlError("url: oracle://scott:tiger@db/app\n"))
                .isEqualTo("Invalid key `url` in storium.config.yaml: a database URL with the scheme `oracle:` is not "
                        + "supported. Use one of the forms " + DatabaseUrl.FORMS + ".");
    }

    @Test
    void badPercentEncoding() throws IOException {
        assertThat(yamlError("url: postgres://app:50%@db/app\n"))
                .isEqualTo("Invalid key `url` in storium.config.yaml: the user, password or a parameter of the URL is "
                        + "not properly percent-encoded. Encode special characters in the URL: % as %25, @ as %40, : as"
                        + " %3A, / as %2F.");
    }

    @Test
    void undefinedEnvironmentVariable() throws IOException {
        assertThat(yamlError("dialect: memory\ndbCredentials: {password: \"${env.DB_PASS}\"}\n"))
                .isEqualTo("Undefined environment variable `DB_PASS` in the placeholder ${env.DB_PASS} of key "
                        + "`dbCredentials.password` in storium.config.yaml: the environment has no variable of that "
                        + "name. Set DB_PASS in the environment of the build, or replace the placeholder.");
    }

    @Test
    void aValueAndAGroupForOneKey() {
        assertThat(error(Map.of("dialect", "memory"), Map.of("storium.pool", "5", "storium.pool.max", "3"), Map.of()))
                .isEqualTo("Conflicting property -Dstorium.pool: it is set both as one value and as a group of keys "
                        + "under it. Set either -Dstorium.pool or the keys under it, not both.");
    }

    @Test
    void twoConfigFiles() throws IOException {
        Files.writeString(base.resolve("storium.config.yml"), "dialect: memory\n");
        Files.writeString(base.resolve("storium.config.json"), "{}");

        assertThat(error(Map.of(), Map.of(), Map.of()))
                .isEqualTo(
                        "Two config files in " + base + ": storium.config.yml and storium.config.json; Storium reads "
                                + "only one. Delete or rename one of them, or set STORIUM_CONFIG to the one to use.");
    }

    @Test
    void missingStoriumConfigFile() {
        assertThat(error(Map.of(), Map.of(), Map.of("STORIUM_CONFIG", "conf/ci.yaml")))
                .isEqualTo("Config file " + base.resolve("conf/ci.yaml") + " not found: the environment variable "
                        + "STORIUM_CONFIG is set to `conf/ci.yaml`, resolved against " + base
                        + ". Point STORIUM_CONFIG "
                        + "at an existing file, or unset it to use storium.config.yaml in the project directory.");
    }

    @Test
    void unknownFileFormat() throws IOException {
        Files.writeString(base.resolve("storium.toml"), "dialect = 'memory'\n");

        assertThat(error(Map.of(), Map.of(), Map.of("STORIUM_CONFIG", "storium.toml")))
                .isEqualTo("Config file storium.toml has an unknown format: expected a name ending in .yaml, .yml, "
                        + ".json or .properties. Rename the file.");
    }

    @Test
    void syntaxErrorsNameTheFileAndLine() throws IOException {
        assertThat(yamlError("dialect: memory\ndialect: mysql\n"))
                .isEqualTo("Config file storium.config.yaml cannot be parsed at line 2, column 8: the key `dialect` "
                        + "appears twice. Fix the syntax there.");
        assertThat(yamlError("- memory\n"))
                .isEqualTo("Config file storium.config.yaml holds array at the top, expected keys and values (dialect, "
                        + "url, ...). Write the settings as a map.");
    }

    @Test
    void everyErrorIsAConfigError() {
        List.of(Map.of("dialect", 5), Map.of("schema", 5)).forEach(plugin -> error(plugin, Map.of(), Map.of()));
    }
}
