package dev.storium.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MigrationTextTest {
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
}
