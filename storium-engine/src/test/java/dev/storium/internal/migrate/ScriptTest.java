package dev.storium.internal.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.internal.migration.JournalEntry;
import dev.storium.internal.migration.Migration;
import dev.storium.internal.migration.Snapshot;
import dev.storium.internal.model.SchemaModel;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScriptTest {
    private static final Migration MIGRATION = new Migration(
            new JournalEntry(1, "7", 1_700_000_000_000L, "0001_posts", true),
            Path.of("0001_posts.sql"),
            Path.of("meta/0001_snapshot.json"),
            Snapshot.of(SchemaModel.empty(), "postgresql", new UUID(0, 0)));

    @Test
    void theFirstLineDirectiveTakesTheFileOutOfTheTransaction() {
        Script plain = Script.of(MIGRATION, "CREATE INDEX a ON t (x);\n");
        assertThat(plain.noTransaction()).isFalse();
        assertThat(plain.statements()).containsExactly("CREATE INDEX a ON t (x);");

        Script optedOut = Script.of(
                MIGRATION,
                "-- storium:no-transaction\r\nCREATE INDEX CONCURRENTLY a ON t (x);\r\n"
                        + "--> statement-breakpoint\r\nCREATE INDEX CONCURRENTLY b ON t (y);\r\n");
        assertThat(optedOut.noTransaction()).isTrue();
        assertThat(optedOut.statements())
                .containsExactly("CREATE INDEX CONCURRENTLY a ON t (x);", "CREATE INDEX CONCURRENTLY b ON t (y);");

        Script later = Script.of(MIGRATION, "CREATE TABLE t (x INT);\n-- storium:no-transaction\n");
        assertThat(later.noTransaction()).as("only the first line counts").isFalse();
    }
}
