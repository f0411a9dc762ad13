package dev.storium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.internal.migration.MigrationFolder;
import dev.storium.internal.migration.SumFile;
import dev.storium.internal.migration.TestProject;
import dev.storium.options.GenerateOptions;
import dev.storium.result.GenerateResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What generate says about the sum file: created for a directory that had none, and rehash after a custom edit. */
class GenerateSumTest {
    @TempDir
    Path dir;

    private TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
    }

    private GenerateResult generate(String version, GenerateOptions options) {
        GenerateResult result =
                Storium.generate(project.config(Dialect.POSTGRESQL, version), TestProject.source(), options);
        assertThat(result.success()).as(result.message()).isTrue();
        return result;
    }

    @Test
    void theFirstGenerateCreatesTheSumWithoutANote() {
        GenerateResult result = generate("v1", GenerateOptions.DEFAULTS);

        assertThat(result.message()).doesNotContain("storium.sum");
        assertThat(SumFile.read(project.out()).orElseThrow().lines()).hasSize(1);
    }

    @Test
    void generateCreatesTheSumForADirectoryThatHadNoneAndSaysSo() throws IOException {
        generate("v1", GenerateOptions.DEFAULTS);
        Files.delete(project.out().resolve(SumFile.FILE));

        GenerateResult result = generate("v2", GenerateOptions.DEFAULTS);

        assertThat(result.message())
                .endsWith("\nCreated meta/storium.sum with the SHA-256 of the 1 migration before it too: the directory"
                        + " had no sum file (it predates it, or comes from drizzle-kit). Review it and commit the sum"
                        + " file with it; from now on a hand edit fails storium:check.");
        assertThat(SumFile.verify(MigrationFolder.read(project.out(), Dialect.POSTGRESQL)))
                .isEmpty();
        assertThat(SumFile.read(project.out()).orElseThrow().lines()).hasSize(2);
    }

    @Test
    void aCustomMigrationSaysToRehashAfterWritingIt() {
        generate("v1", GenerateOptions.DEFAULTS);

        GenerateResult result = generate("v1", new GenerateOptions("backfill", true, false));

        assertThat(result.message())
                .endsWith("Its snapshot keeps the schema unchanged. After writing it, run mvn storium:rehash to record"
                        + " its new SHA-256 in meta/storium.sum.");
    }
}
