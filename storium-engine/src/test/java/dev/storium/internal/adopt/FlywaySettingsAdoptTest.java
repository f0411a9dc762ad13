package dev.storium.internal.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.internal.pull.PulledCode;
import dev.storium.options.AdoptOptions;
import dev.storium.options.CheckOptions;
import dev.storium.options.GenerateOptions;
import dev.storium.options.PullOptions;
import dev.storium.options.PushOptions;
import dev.storium.options.SchemaSource;
import dev.storium.result.AdoptResult;
import dev.storium.result.CheckResult;
import dev.storium.result.GenerateResult;
import dev.storium.result.PushResult;
import dev.storium.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * adopt of a database whose Flyway history flyway-core itself wrote under another name ({@code flyway.table}) and in
 * another schema ({@code flyway.defaultSchema}): found through adopt's options, named when missing, and left out of
 * the Java schema adopt writes, which then has nothing to generate and passes check.
 */
class FlywaySettingsAdoptTest {
    private TestDatabases databases;

    @TempDir
    Path project;

    @BeforeEach
    void open() {
        databases = TestDatabases.forPurpose("flyway_settings");
    }

    @AfterEach
    void close() {
        databases.close();
    }

    @Test
    void aRenamedHistoryInItsOwnSchemaIsFoundByTheOptionsAndLeftOutOfTheCode() throws Exception {
        Path folder = Files.createDirectories(project.resolve("flyway"));
        Files.writeString(
                folder.resolve("V1__create_users.sql"),
                "CREATE TABLE public.users (id INTEGER NOT NULL PRIMARY KEY, email VARCHAR(200) NOT NULL);\n");
        Files.writeString(
                folder.resolve("V2__create_posts.sql"),
                "CREATE TABLE public.posts (id INTEGER NOT NULL PRIMARY KEY,"
                        + " author_id INTEGER NOT NULL REFERENCES public.users (id));\n");
        // Flyway's settings: its history is flyway_meta.schema_version, the tables stay in public
        Flyway.configure()
                .dataSource(databases.url(Dialect.POSTGRESQL), null, null)
                .locations("filesystem:" + folder)
                .table("schema_version")
                .defaultSchema("flyway_meta")
                .schemas("flyway_meta")
                .load()
                .migrate();
        StoriumConfig config = databases.config(Dialect.POSTGRESQL, project.resolve("migrations"));
        Path file = project.resolve("src/com/example/db/DbSchema.java");

        AdoptResult unnamed = Storium.adopt(config, options(folder, null, null, false));
        assertThat(unnamed.success()).isFalse();
        assertThat(unnamed.message())
                .contains("it has no table flyway_schema_history, where Flyway records what it applied, unless told"
                        + " otherwise, nor drizzle-orm's drizzle.__drizzle_migrations. Nothing was changed.")
                .contains("Fix: set -Dstorium.flywayTable to Flyway's flyway.table and -Dstorium.flywaySchema to its"
                        + " flyway.defaultSchema");

        AdoptResult noSchema = Storium.adopt(config, options(folder, "schema_version", null, false));
        assertThat(noSchema.success()).isFalse();
        assertThat(noSchema.error().code()).isEqualTo(ErrorCode.MIGRATION_FOLDER);
        assertThat(noSchema.message())
                .contains("it has no table schema_version, where Flyway records what it applied"
                        + " (-Dstorium.flywayTable=schema_version)")
                .contains("Nothing was changed. Fix: set -Dstorium.flywayTable to Flyway's flyway.table and"
                        + " -Dstorium.flywaySchema to its flyway.defaultSchema");

        AdoptResult badName = Storium.adopt(config, options(folder, "schema_version; drop table users", null, false));
        assertThat(badName.success()).isFalse();
        assertThat(badName.error().code()).isEqualTo(ErrorCode.CONFIG);
        assertThat(badName.message()).startsWith("The flywayTable 'schema_version; drop table users' is not a table");

        // a class in the way stops adopt before anything is written
        Files.createDirectories(file.getParent());
        Files.writeString(file, "// mine");
        AdoptResult inTheWay = Storium.adopt(config, options(folder, "schema_version", "flyway_meta", false));
        assertThat(inTheWay.success()).isFalse();
        assertThat(inTheWay.message())
                .contains("Cannot adopt: " + file + " exists, and adopt does not overwrite a file unless told to")
                .contains("-Dstorium.force=true");
        assertThat(Files.readString(file)).isEqualTo("// mine");
        assertThat(project.resolve("migrations")).doesNotExist();

        AdoptResult adopted = Storium.adopt(config, options(folder, "schema_version", "flyway_meta", true));
        assertThat(adopted.success()).as(adopted.message()).isTrue();
        assertThat(adopted.verified()).containsExactly("V1__create_users.sql", "V2__create_posts.sql");
        assertThat(adopted.message())
                .contains("verified 2 migrations against the checksums flyway_meta.schema_version recorded")
                .contains("(flyway_meta.schema_version left as it was)")
                .contains("Wrote the Java schema into " + file);
        String code = Files.readString(file);
        assertThat(code)
                .contains("defineTable(\"users\")")
                .contains(".references(USERS, \"id\")")
                .doesNotContain("schema_version")
                .doesNotContain("flyway_meta");
        assertThat(Files.readString(project.resolve("migrations/0000_pulled_schema.sql")))
                .doesNotContain("schema_version")
                .doesNotContain("flyway_meta");

        SchemaSource tables = PulledCode.compile(List.of(file), project.resolve("build"));
        GenerateResult generated = Storium.generate(config, tables, GenerateOptions.DEFAULTS);
        assertThat(generated.success()).as(generated.message()).isTrue();
        assertThat(generated.file()).as(generated.message()).isNull();
        CheckResult checked = Storium.check(config, tables, CheckOptions.DEFAULTS);
        assertThat(checked.success()).as(checked.message()).isTrue();
        PushResult pushed = Storium.push(config, tables, new PushOptions(false, true));
        assertThat(pushed.success()).as(pushed.message()).isTrue();
        assertThat(pushed.statements()).isEmpty();

        AdoptResult again = Storium.adopt(config, options(folder, "schema_version", "flyway_meta", false));
        assertThat(again.success()).as(again.message()).isTrue();
        assertThat(again.message()).startsWith("Already adopted");
    }

    /** A renamed history in the connection's own schema: generate, check and push leave it alone too. */
    @Test
    void aRenamedHistoryInTheConnectionsSchemaIsNoTableOfTheSchema() throws Exception {
        Path folder = Files.createDirectories(project.resolve("flyway"));
        Files.writeString(
                folder.resolve("V1__create_notes.sql"),
                "CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY, body TEXT);\n");
        Flyway.configure()
                .dataSource(databases.url(Dialect.POSTGRESQL), null, null)
                .locations("filesystem:" + folder)
                .table("schema_version")
                .load()
                .migrate();
        StoriumConfig config = databases.config(Dialect.POSTGRESQL, project.resolve("migrations"));

        AdoptResult adopted = Storium.adopt(config, options(folder, "schema_version", null, false));

        assertThat(adopted.success()).as(adopted.message()).isTrue();
        Path file = project.resolve("src/com/example/db/DbSchema.java");
        assertThat(Files.readString(file)).contains("defineTable(\"notes\")").doesNotContain("schema_version");
        SchemaSource tables = PulledCode.compile(List.of(file), project.resolve("build"));
        CheckResult checked = Storium.check(config, tables, CheckOptions.DEFAULTS);
        assertThat(checked.success()).as(checked.message()).isTrue();
        PushResult pushed = Storium.push(config, tables, new PushOptions(false, true));
        assertThat(pushed.statements()).as(pushed.message()).isEmpty();
    }

    private AdoptOptions options(Path folder, String table, String schema, boolean force) {
        return new AdoptOptions(
                folder,
                table,
                schema,
                new PullOptions(
                        List.of(), List.of(), "com.example.db", "DbSchema", project.resolve("src"), force, false));
    }
}
