package dev.storium.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTextTest {
    @TempDir
    Path dir;

    @Test
    void lineEndingsDoNotChangeTheHash() {
        String lf = "CREATE TABLE a (id INT);\n--> statement-breakpoint\nCREATE TABLE b (id INT);\n";
        String hash = MigrationText.hash(lf);
        assertThat(hash).hasSize(64).matches("[0-9a-f]+");
        assertThat(MigrationText.hash(lf.replace("\n", "\r\n"))).isEqualTo(hash);
        assertThat(MigrationText.hash(lf.replace("\n", "\r"))).isEqualTo(hash);
        assertThat(MigrationText.hash("\uFEFF" + lf)).isEqualTo(hash);
        assertThat(MigrationText.hash(lf + "-- edited\n")).isNotEqualTo(hash);
        assertThat(MigrationText.hash(""))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    /** The file hash streams bytes; it must give the text hash of every mix of line ends, wherever a buffer ends. */
    @Test
    void aFileHashesAsItsText() throws IOException {
        String chunk = "x".repeat(64 * 1024 - 1); // a CR as the last byte of the first 64 KiB buffer
        List<String> texts = List.of(
                "",
                "\r",
                "\r\n",
                "\n\r",
                "\r\r\n\n",
                "\uFEFF",
                "\uFEFFa\r\nb",
                "a\uFEFF\r\n",
                "CREATE TABLE \"café\" (\"naïve\" TEXT); -- 漢字 😀\r\n--> statement-breakpoint\rSELECT 1;\n",
                chunk + "\r\nafter",
                chunk + "\r\rafter",
                chunk + "x\r\n",
                "\uFEFF" + chunk + "\r\n".repeat(70_000));
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            Path file = Files.writeString(dir.resolve(i + ".sql"), text, StandardCharsets.UTF_8);
            assertThat(MigrationText.hashFile(file))
                    .as("text %d (%d chars)", i, text.length())
                    .isEqualTo(MigrationText.hash(text))
                    .isEqualTo(MigrationText.hash(MigrationText.read(file)));
        }
    }

    @Test
    void anUnreadableFileIsNamed() {
        Path missing = dir.resolve("0001_gone.sql");
        assertThatThrownBy(() -> MigrationText.hashFile(missing))
                .isInstanceOf(StoriumException.class)
                .satisfies(e -> assertThat(((StoriumException) e).code()).isEqualTo(ErrorCode.IO))
                .hasMessageStartingWith("Cannot read the migration file " + missing + ": NoSuchFileException");
    }
}
