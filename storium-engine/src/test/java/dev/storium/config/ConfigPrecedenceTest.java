package dev.storium.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.storium.error.StoriumException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each key set in one to four sources (properties, plugin, file, defaults): the highest source wins. */
class ConfigPrecedenceTest {
    @TempDir
    Path base;

    /**
     * A key and the value each source gives it.
     *
     * @param key the dotted key
     * @param file the value in the config file
     * @param plugin the value in the plugin configuration (typed as the plugin passes it)
     * @param property the value of -Dstorium.key
     * @param dialect the dialect the file sets besides the key (null for the dialect row)
     * @param read reads the effective value from a loaded configuration, as a string
     * @param expected the expected effective value of each source ("file", "plugin", "property", "default")
     */
    record Row(
            String key,
            Object file,
            Object plugin,
            String property,
            String dialect,
            BiFunction<StoriumConfig, Path, String> read,
            Map<String, String> expected) {}

    static Stream<Arguments> cases() {
        List<Row> rows = List.of(
                new Row(
                        "dialect",
                        "sqlite",
                        "mysql",
                        "postgresql",
                        null,
                        (c, b) -> c.dialect().key(),
                        Map.of("file", "sqlite", "plugin", "mysql", "property", "postgresql", "default", "error")),
                new Row(
                        "url",
                        "sqlite:./f.db",
                        "jdbc:sqlite:p.db",
                        "file:d.db",
                        "sqlite",
                        (c, b) -> c.url(),
                        Map.of(
                                "file",
                                "jdbc:sqlite:%s/f.db",
                                "plugin",
                                "jdbc:sqlite:%s/p.db",
                                "property",
                                "jdbc:sqlite:%s/d.db",
                                "default",
                                "null")),
                new Row(
                        "dbCredentials.url",
                        "postgres://h1/f",
                        "postgres://h2/p",
                        "postgres://h3/d",
                        "postgresql",
                        (c, b) -> c.url(),
                        Map.of(
                                "file",
                                "jdbc:postgresql://h1/f",
                                "plugin",
                                "jdbc:postgresql://h2/p",
                                "property",
                                "jdbc:postgresql://h3/d",
                                "default",
                                "null")),
                new Row(
                        "dbCredentials.host",
                        "h1",
                        "h2",
                        "h3",
                        "mysql",
                        (c, b) -> c.url(),
                        Map.of(
                                "file",
                                "jdbc:mysql://h1:3306/",
                                "plugin",
                                "jdbc:mysql://h2:3306/",
                                "property",
                                "jdbc:mysql://h3:3306/",
                                "default",
                                "null")),
                new Row(
                        "dbCredentials.port",
                        5001,
                        5002,
                        "5003",
                        "postgresql",
                        (c, b) -> c.url(),
                        Map.of(
                                "file",
                                "jdbc:postgresql://localhost:5001/",
                                "plugin",
                                "jdbc:postgresql://localhost:5002/",
                                "property",
                                "jdbc:postgresql://localhost:5003/",
                                "default",
                                "null")),
                new Row(
                        "dbCredentials.database",
                        "fdb",
                        "pdb",
                        "ddb",
                        "postgresql",
                        (c, b) -> c.url(),
                        Map.of(
                                "file",
                                "jdbc:postgresql://localhost:5432/fdb",
                                "plugin",
                                "jdbc:postgresql://localhost:5432/pdb",
                                "property",
                                "jdbc:postgresql://localhost:5432/ddb",
                                "default",
                                "null")),
                new Row(
                        "dbCredentials.user",
                        "fu",
                        "pu",
                        "du",
                        "memory",
                        (c, b) -> c.user(),
                        Map.of("file", "fu", "plugin", "pu", "property", "du", "default", "null")),
                new Row(
                        "dbCredentials.password",
                        "fp",
                        "pp",
                        "dp",
                        "memory",
                        (c, b) -> c.password(),
                        Map.of("file", "fp", "plugin", "pp", "property", "dp", "default", "null")),
                new Row(
                        "schema",
                        List.of("f.*"),
                        List.of("p.*", "q.*"),
                        "d.*, e.*",
                        "memory",
                        (c, b) -> c.schema().toString(),
                        Map.of("file", "[f.*]", "plugin", "[p.*, q.*]", "property", "[d.*, e.*]", "default", "[]")),
                new Row(
                        "stores",
                        "f.*",
                        List.of("p.*"),
                        "d.*",
                        "memory",
                        (c, b) -> c.stores().toString(),
                        Map.of("file", "[f.*]", "plugin", "[p.*]", "property", "[d.*]", "default", "[]")),
                new Row(
                        "seeds",
                        List.of("f.Seed"),
                        "p.*",
                        "d.*",
                        "memory",
                        (c, b) -> c.seeds().toString(),
                        Map.of("file", "[f.Seed]", "plugin", "[p.*]", "property", "[d.*]", "default", "[]")),
                new Row(
                        "out",
                        "f-out",
                        "p-out",
                        "d/out",
                        "memory",
                        (c, b) -> c.out().toString(),
                        Map.of(
                                "file",
                                "%s/f-out",
                                "plugin",
                                "%s/p-out",
                                "property",
                                "%s/d/out",
                                "default",
                                "%s/migrations")),
                new Row(
                        "pool.min",
                        1,
                        2,
                        "3",
                        "memory",
                        (c, b) -> String.valueOf(c.pool().min()),
                        Map.of("file", "1", "plugin", "2", "property", "3", "default", "0")),
                new Row(
                        "pool.max",
                        11,
                        12,
                        "13",
                        "memory",
                        (c, b) -> String.valueOf(c.pool().max()),
                        Map.of("file", "11", "plugin", "12", "property", "13", "default", "10")),
                new Row(
                        "assertions.isSlug",
                        "f.IsSlug",
                        "p.IsSlug",
                        "d.IsSlug",
                        "memory",
                        (c, b) -> c.assertions().getOrDefault("isSlug", "null"),
                        Map.of("file", "f.IsSlug", "plugin", "p.IsSlug", "property", "d.IsSlug", "default", "null")));
        List<Arguments> cases = new ArrayList<>();
        for (Row row : rows) {
            for (int mask = 0; mask < 8; mask++) {
                boolean inFile = (mask & 1) != 0;
                boolean inPlugin = (mask & 2) != 0;
                boolean inProperty = (mask & 4) != 0;
                String winner = inProperty ? "property" : inPlugin ? "plugin" : inFile ? "file" : "default";
                String sources = (inProperty ? "property " : "") + (inPlugin ? "plugin " : "") + (inFile ? "file " : "")
                        + "default";
                cases.add(Arguments.of(row.key(), sources, row, inFile, inPlugin, inProperty, winner));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} set in [{1}]: {6} wins")
    @MethodSource("cases")
    void theHighestSourceWins(
            String key, String sources, Row row, boolean inFile, boolean inPlugin, boolean inProperty, String winner)
            throws Exception {
        Map<String, Object> file = new LinkedHashMap<>();
        if (row.dialect() != null) {
            file.put("dialect", row.dialect());
        }
        if (inFile) {
            nest(file, key, row.file());
        }
        Files.writeString(base.resolve("storium.config.yaml"), new YAMLMapper().writeValueAsString(file));
        Map<String, Object> plugin = new HashMap<>();
        if (inPlugin) {
            plugin.put(key, row.plugin());
        }
        Map<String, String> properties = new HashMap<>(Map.of("user.home", "/home/x", "storium.name", "ignored"));
        if (inProperty) {
            properties.put("storium." + key, row.property());
        }
        String actual;
        try {
            actual = row.read().apply(ConfigLoader.load(base, plugin, properties, Map.of()), base);
        } catch (StoriumException e) {
            actual = "error";
        }
        String expected =
                row.expected().get(winner).replace("%s", base.toRealPath().toString());
        assertThat(
                        actual == null
                                ? "null"
                                : actual.replace(
                                        base.toString(), base.toRealPath().toString()))
                .isEqualTo(expected);
    }

    @SuppressWarnings("unchecked")
    private static void nest(Map<String, Object> tree, String key, Object value) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            tree.put(key, value);
        } else {
            Map<String, Object> child =
                    (Map<String, Object>) tree.computeIfAbsent(key.substring(0, dot), k -> new LinkedHashMap<>());
            nest(child, key.substring(dot + 1), value);
        }
    }
}
