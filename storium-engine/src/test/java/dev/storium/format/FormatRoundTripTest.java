package dev.storium.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storium.Storium;
import dev.storium.StoriumInstance;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.internal.push.Push;
import dev.storium.options.GenerateOptions;
import dev.storium.options.MigrateOptions;
import dev.storium.options.PushOptions;
import dev.storium.result.GenerateResult;
import dev.storium.result.MigrateResult;
import dev.storium.result.PushResult;
import dev.storium.result.RehashResult;
import dev.storium.schema.TableDef;
import dev.storium.store.Row;
import dev.storium.store.Store;
import dev.storium.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Migrations folders written by the Storium of December 2026 (generated from {@link December2026Schema}, one per
 * dialect, in {@code src/test/resources/format/2026-12}; the same files, apart from the random snapshot ids and the
 * journal's times, as main at commit cea459c writes from that schema) keep working with this Storium:
 * the first migration applies, rows go in, the second applies on tables that hold them and keeps every row, and then
 * generate finds nothing to generate, push nothing to push and rehash nothing to change. A change of the snapshot
 * format or of the model that breaks an existing project fails here. The folders are never regenerated.
 */
class FormatRoundTripTest {
    private static final TestDatabases DATABASES = TestDatabases.forPurpose("format");

    @AfterAll
    static void dropDatabases() {
        DATABASES.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aFolderOfDecember2026MigratesOnTablesWithRowsAndMatchesItsCode(Dialect dialect, @TempDir Path dir)
            throws IOException {
        DATABASES.reset(dialect);
        Path full = copyFixture(dialect, dir.resolve("full"));
        Path first = firstMigrationOnly(copyFixture(dialect, dir.resolve("first")));

        MigrateResult v1 = Storium.migrate(DATABASES.config(dialect, first), MigrateOptions.DEFAULTS);
        assertThat(v1.success()).as(v1.message()).isTrue();
        assertThat(v1.applied()).containsExactly("0000_create_owners_things");
        StoriumConfig config = DATABASES.config(dialect, full);
        try (StoriumInstance db = Storium.connect(config)) {
            List<TableDef> tables = December2026Schema.v1(dialect);
            Row owner = db.defineStore(tables.get(0)).create(Map.of("code", "ada", "fullName", "Ada Lovelace"));
            Store things = db.defineStore(tables.get(1));
            things.create(Map.of("ownerId", owner.get("id"), "label", "first", "numbers", List.of(1, 2)));
            things.create(Map.of("label", "second", "status", "done", "words", List.of("a", "b")));
        }

        MigrateResult v2 = Storium.migrate(config, MigrateOptions.DEFAULTS);
        assertThat(v2.success()).as(v2.message()).isTrue();
        assertThat(v2.applied()).containsExactly("0001_rename_things_label_to_title_and_more");
        List<TableDef> code = December2026Schema.v2(dialect);
        try (StoriumInstance db = Storium.connect(config)) {
            List<Row> rows = db.defineStore(code.get(1)).findAll();
            assertThat(rows).extracting(row -> row.get("title")).containsExactlyInAnyOrder("first", "second");
            assertThat(db.defineStore(code.get(0)).findAll()).hasSize(1);
        }

        GenerateResult generate = Storium.generate(config, code, GenerateOptions.DEFAULTS);
        assertThat(generate.success()).as(generate.message()).isTrue();
        assertThat(generate.file()).as(generate.message()).isNull();
        assertThat(generate.message()).startsWith("Nothing to generate");
        assertThat(generate.warnings()).isEmpty();
        PushResult push = Push.run(config, code, new PushOptions(false, true));
        assertThat(push.success()).as(push.message()).isTrue();
        assertThat(push.statements()).as(push.message()).isEmpty();
        RehashResult rehash = Storium.rehash(config);
        assertThat(rehash.success()).as(rehash.message()).isTrue();
        assertThat(rehash.changes()).as(rehash.message()).isEmpty();
    }

    /** The dialect's folder copied to {@code target}, as a user's checkout holds it. */
    private static Path copyFixture(Dialect dialect, Path target) throws IOException {
        Path source;
        try {
            source = Path.of(FormatRoundTripTest.class
                    .getResource("/format/2026-12/" + dialect.key() + "/migrations")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(file -> {
                Path to = target.resolve(source.relativize(file).toString());
                try {
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }

    /** The folder as it stood after its first generate: the second migration's files and entry taken out. */
    private static Path firstMigrationOnly(Path folder) throws IOException {
        String second = "0001_rename_things_label_to_title_and_more";
        Files.delete(folder.resolve(second + ".sql"));
        Files.delete(folder.resolve("meta/0001_snapshot.json"));
        Path journalFile = folder.resolve("meta/_journal.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode journal = (ObjectNode) json.readTree(journalFile.toFile());
        ArrayNode entries = (ArrayNode) journal.get("entries");
        entries.remove(entries.size() - 1);
        json.writerWithDefaultPrettyPrinter().writeValue(journalFile.toFile(), journal);
        Files.delete(folder.resolve("meta/storium.sum")); // migrate does not need it; check would name it
        return folder;
    }
}
