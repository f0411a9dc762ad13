package dev.storium.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.View;
import dev.storium.result.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewDriftTest {
    private static SchemaModel views(View... views) {
        Map<String, View> byName = new java.util.HashMap<>();
        for (View view : views) {
            byName.put(view.name(), view);
        }
        return new SchemaModel(Map.of(), byName);
    }

    @Test
    void aChangedQueryIsOneFindingWithBothQueriesAndTheStatementsThatUndoIt() {
        List<Finding> findings = Drift.findings(
                Dialect.POSTGRESQL,
                views(new View("ids", "SELECT 2 AS id", List.of(), false)),
                views(new View("ids", "SELECT 1\n  AS id", List.of(), true)),
                "0001_x");

        assertThat(findings)
                .extracting(Finding::fact)
                .containsExactly("materialized view ids: the migrations (up to 0001_x) expect materialized view"
                        + " (SELECT 1 AS id), the database has view (SELECT 2 AS id)");
        assertThat(findings.get(0).fix())
                .contains("DROP VIEW \"ids\";")
                .contains("CREATE MATERIALIZED VIEW \"ids\" AS SELECT 1\n  AS id;");
    }

    @Test
    void aMissingViewAndAViewMadeByHandAreOneFindingEach() {
        List<Finding> findings = Drift.findings(
                Dialect.MYSQL,
                views(new View("by_hand", "SELECT 1", List.of(), false)),
                views(new View("ids", "SELECT 1 AS id", List.of(), false)),
                null);

        assertThat(findings)
                .extracting(Finding::fact)
                .containsExactly(
                        "view by_hand: the database has it, the migrations (none applied) do not",
                        "view ids: the migrations (none applied) expect it, the database does not have it");
    }
}
