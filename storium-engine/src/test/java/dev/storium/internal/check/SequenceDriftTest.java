package dev.storium.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Sequence;
import dev.storium.result.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SequenceDriftTest {
    private static SchemaModel sequences(Sequence... sequences) {
        Map<String, Sequence> byName = new java.util.HashMap<>();
        for (Sequence sequence : sequences) {
            byName.put(sequence.name(), sequence);
        }
        return new SchemaModel(Map.of(), Map.of(), byName);
    }

    @Test
    void eachSequenceChangedMissingOrMadeByHandIsOneFindingWithTheStatementsThatUndoIt() {
        List<Finding> findings = Drift.findings(
                Dialect.POSTGRESQL,
                sequences(new Sequence("by_hand", 1, 1), new Sequence("numbers", 1000, 3)),
                sequences(new Sequence("numbers", 1000, 1), new Sequence("tickets", 5, 1)),
                "0002_x");

        assertThat(findings)
                .extracting(Finding::fact)
                .containsExactly(
                        "sequence by_hand: the database has it (start 1 increment 1), the migrations (up to 0002_x) do"
                                + " not",
                        "sequence numbers: the migrations (up to 0002_x) expect start 1000 increment 1, the database"
                                + " has start 1000 increment 3",
                        "sequence tickets: the migrations (up to 0002_x) expect it, the database does not have it");
        assertThat(findings.get(0).fix())
                .contains("DROP SEQUENCE \"by_hand\";")
                .contains("ALTER SEQUENCE \"numbers\" INCREMENT BY 1;")
                .contains("CREATE SEQUENCE \"tickets\" START WITH 5 INCREMENT BY 1;");
    }
}
