package dev.storium.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The all-or-nothing writer: files written and files deleted together, or nothing changed. */
class MigrationWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesAndDeletesTogether() throws IOException {
        Files.writeString(dir.resolve("0001_old.sql"), "old");
        Files.writeString(dir.resolve("journal"), "v1");

        new MigrationWriter()
                .file(dir.resolve("0002_old.sql"), "old")
                .file(dir.resolve("journal"), "v2")
                .delete(dir.resolve("0001_old.sql"))
                .commit();

        assertThat(dir.resolve("0001_old.sql")).doesNotExist();
        assertThat(dir.resolve("0002_old.sql")).hasContent("old");
        assertThat(dir.resolve("journal")).hasContent("v2");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void aFailedDeletionLeavesEveryFileAsItWas() throws IOException {
        Files.writeString(dir.resolve("journal"), "v1");
        Path notEmpty = Files.createDirectory(dir.resolve("0001_old.sql"));
        Files.writeString(notEmpty.resolve("inside"), "x");

        assertThatThrownBy(() -> new MigrationWriter()
                        .file(dir.resolve("0002_new.sql"), "new")
                        .file(dir.resolve("journal"), "v2")
                        .delete(notEmpty)
                        .commit())
                .isInstanceOf(IOException.class);

        assertThat(dir.resolve("journal")).hasContent("v1");
        assertThat(dir.resolve("0002_new.sql")).doesNotExist();
        assertThat(notEmpty.resolve("inside")).hasContent("x");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(2);
        }
    }
}
