package dev.storium.internal.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.internal.diagram.fixtures.Library;
import dev.storium.options.DiagramOptions;
import dev.storium.options.PushOptions;
import dev.storium.options.SchemaSource;
import dev.storium.result.DiagramResult;
import dev.storium.result.PushResult;
import dev.storium.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * storium:diagram on the fixture {@code fixtures.Library}: the code's diagram line by line, the same relationships and
 * keys drawn from each database after a push, and the file rules. Each diagram is also left in {@code target/diagrams}
 * for {@code .ci/mermaid-check}, which parses every one with Mermaid itself.
 */
class DiagramTest {
    private static final SchemaSource SOURCE = SchemaSource.of(DiagramTest.class.getClassLoader());
    private static final Path KEPT = Path.of("target/diagrams");
    private static TestDatabases databases;

    @TempDir
    Path directory;

    @BeforeAll
    static void open() {
        databases = TestDatabases.forPurpose("diagram");
    }

    @AfterAll
    static void close() {
        databases.close();
    }

    private StoriumConfig config(Dialect dialect) {
        return config(
                dialect,
                databases.config(dialect, directory.resolve("migrations")).url());
    }

    /** The configuration of {@code url}, its tables looked for in the fixture's package only. */
    private StoriumConfig config(Dialect dialect, String url) {
        StoriumConfig base = databases.config(dialect, directory.resolve("migrations"));
        return new StoriumConfig(
                dialect,
                url,
                null,
                null,
                List.of(Library.class.getPackageName() + ".*"),
                List.of(),
                base.out(),
                List.of(),
                base.assertions(),
                base.pool(),
                base.baseDir(),
                base.source(),
                base.migrationsTable());
    }

    @Test
    void drawsEachTableAndEachKindOfRelationshipOfTheCode() throws IOException {
        Path file = directory.resolve("schema.mmd");
        DiagramResult result =
                Storium.diagram(config(Dialect.POSTGRESQL), SOURCE, new DiagramOptions(file, false, false));

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.tables()).isEqualTo(5);
        assertThat(result.relationships()).isEqualTo(6);
        assertThat(result.message()).contains("Drew 5 tables and 6 relationships of the code", file.toString());
        String text = Files.readString(file);
        assertThat(text)
                .startsWith(
                        "%% Written by storium:diagram from the code; run it again to update this file.\nerDiagram\n")
                .contains("""
                            "authors" {
                                serial id PK
                                varchar(100) name "As printed, 'in full'"
                                integer mentor_id FK
                            }
                        """, """
                            "books" {
                                serial id PK
                                integer author_id FK
                                integer editor_id FK
                                numeric(8,2) price
                                book_format format
                                varchar(13) isbn UK
                            }
                        """)
                .contains(
                        "    \"authors\" |o..o{ \"authors\" : \"mentor_id\"\n",
                        "    \"authors\" ||..o{ \"books\" : \"author_id\"\n",
                        "    \"authors\" |o..o{ \"books\" : \"editor_id\"\n",
                        "    \"books\" ||--o| \"covers\" : \"book_id\"\n",
                        "    \"books\" ||--o{ \"editions\" : \"book_id\"\n",
                        "    \"editions\" ||--o{ \"printings\" : \"book_id, edition_number\"\n");
        keep("library-code.mmd", text);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void drawsTheSameTablesKeysAndRelationshipsFromTheDatabase(Dialect dialect) throws IOException {
        databases.reset(dialect);
        StoriumConfig config = config(dialect);
        PushResult pushed = Storium.push(config, SOURCE, new PushOptions(false, false));
        assertThat(pushed.success()).as(pushed.message()).isTrue();

        Path fromCode = directory.resolve("code.mmd");
        Path fromDatabase = directory.resolve("database.md");
        DiagramResult code = Storium.diagram(config, SOURCE, new DiagramOptions(fromCode, false, false));
        DiagramResult live = Storium.diagram(config, SOURCE, new DiagramOptions(fromDatabase, true, false));

        assertThat(live.success()).as(live.message()).isTrue();
        assertThat(live.message()).contains("of the database at", "Drew 5 tables and 6 relationships");
        String drawn = Files.readString(fromDatabase);
        assertThat(drawn)
                .startsWith("<!-- Written by storium:diagram from the database; run it again to update this file. -->"
                        + "\n\n```mermaid\nerDiagram\n")
                .endsWith("```\n");
        String expected = Files.readString(fromCode);
        if (dialect == Dialect.SQLITE) { // SQLite keeps no comments
            expected = expected.replace(" \"As printed, 'in full'\"", "");
        }
        assertThat(shape(drawn)).isEqualTo(shape(expected));
        assertThat(code.success()).isTrue();
        keep("library-" + dialect.key() + ".mmd", drawn.replaceAll("(?s)^.*```mermaid\n(.*)```\n$", "$1"));
    }

    /** Each line without the attribute types, which the database spells its own way: names, keys, relationships. */
    private static List<String> shape(String diagram) {
        return diagram.lines()
                .filter(line -> line.startsWith("    "))
                .map(line -> line.startsWith("        ") ? line.strip().replaceFirst("^\\S+ ", "") : line)
                .collect(Collectors.toList());
    }

    @Test
    void leavesAFileItDidNotWriteUntouchedUnlessForced() throws IOException {
        Path file = directory.resolve("README.md");
        Files.writeString(file, "# My project\n");
        StoriumConfig config = config(Dialect.SQLITE);

        DiagramResult refused = Storium.diagram(config, SOURCE, new DiagramOptions(file, false, false));
        assertThat(refused.success()).isFalse();
        assertThat(refused.error().code()).isEqualTo(ErrorCode.CONFIG);
        assertThat(refused.message())
                .contains(
                        file.toString(),
                        "storium:diagram did not write it",
                        "Nothing was written",
                        "-Dstorium.force=true");
        assertThat(Files.readString(file)).isEqualTo("# My project\n");

        DiagramResult forced = Storium.diagram(config, SOURCE, new DiagramOptions(file, false, true));
        assertThat(forced.success()).as(forced.message()).isTrue();
        assertThat(Files.readString(file)).contains("```mermaid\nerDiagram\n");

        DiagramResult again = Storium.diagram(config, SOURCE, new DiagramOptions(file, false, false));
        assertThat(again.success())
                .as("a diagram it wrote is replaced without force: " + again.message())
                .isTrue();
        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("README.md");
        }
    }

    @Test
    void refusesADirectoryAndADatabaseThatIsNotThere() {
        DiagramResult directoryGiven =
                Storium.diagram(config(Dialect.SQLITE), SOURCE, new DiagramOptions(directory, false, false));
        assertThat(directoryGiven.success()).isFalse();
        assertThat(directoryGiven.message()).contains("is a directory", "Nothing was written");

        StoriumConfig missing = config(Dialect.SQLITE, "jdbc:sqlite:" + directory.resolve("absent.db"));
        Path file = directory.resolve("schema.mmd");
        DiagramResult absent = Storium.diagram(missing, SOURCE, new DiagramOptions(file, true, false));
        assertThat(absent.success()).isFalse();
        assertThat(absent.error().code()).isEqualTo(ErrorCode.DATABASE);
        assertThat(file).doesNotExist();
        assertThat(directory.resolve("absent.db")).doesNotExist();
    }

    private static void keep(String name, String diagram) throws IOException {
        Files.createDirectories(KEPT);
        Files.writeString(KEPT.resolve(name), diagram);
    }
}
