package dev.storium.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.internal.model.CheckConstraint;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.result.Finding;
import dev.storium.schema.ColumnType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckDriftTest {
    private static SchemaModel items(CheckConstraint... checks) {
        Column id = new Column("id", ColumnType.INTEGER, null, null, null, null, true, null, null);
        Table table = new Table("items", List.of(id), List.of("id"), List.of(), List.of(), List.of(checks), null, null);
        return new SchemaModel(Map.of("items", table));
    }

    @Test
    void aChangedConditionIsOneFindingWithBothConditions() {
        List<Finding> findings = Drift.findings(
                Dialect.POSTGRESQL,
                items(new CheckConstraint("items_id", "id > 1")),
                items(new CheckConstraint("items_id", "id > 0")),
                "0001_x");

        assertThat(findings)
                .extracting(Finding::fact)
                .containsExactly("check items_id on items: the migrations (up to 0001_x) expect (id > 0), the database"
                        + " has (id > 1)");
        assertThat(findings.get(0).fix())
                .contains("ALTER TABLE \"items\" DROP CONSTRAINT \"items_id\";")
                .contains("ALTER TABLE \"items\" ADD CONSTRAINT \"items_id\" CHECK (id > 0);");
    }

    @Test
    void aMissingAnExtraAndARenamedCheckAreNamed() {
        List<Finding> findings = Drift.findings(
                Dialect.MYSQL,
                items(new CheckConstraint("by_hand", "id < 9"), new CheckConstraint("items_old", "id <> 5")),
                items(new CheckConstraint("items_id", "id > 0"), new CheckConstraint("items_new", "id <> 5")),
                "0001_x");

        assertThat(findings)
                .extracting(Finding::fact)
                .containsExactlyInAnyOrder(
                        "check by_hand on items: the database has it (id < 9), the migrations (up to 0001_x) do not",
                        "check items_new on items: the migrations (up to 0001_x) expect it, the database has it as"
                                + " items_old",
                        "check items_id on items: the migrations (up to 0001_x) expect (id > 0), the database does"
                                + " not have it");
    }
}
