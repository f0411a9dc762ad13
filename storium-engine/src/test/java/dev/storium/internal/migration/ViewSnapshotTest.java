package dev.storium.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Sequence;
import dev.storium.internal.model.View;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewSnapshotTest {
    @Test
    void aSnapshotKeepsItsViewsAndSequencesAndOneWithoutThemReadsAsHavingNone() throws Exception {
        View view = new View("ids", "SELECT 1 AS id", List.of(), true);
        Sequence numbers = new Sequence("numbers", 1000, 5);
        Snapshot written = Snapshot.of(
                new SchemaModel(Map.of(), Map.of("ids", view), Map.of("numbers", numbers)),
                "postgresql",
                Snapshot.NO_PARENT);
        String json = MigrationJson.write(written);

        assertThat(json).contains("\"views\": {").contains("\"materialized\": true");
        assertThat(MigrationJson.parse(json, Snapshot.class).model().views()).containsEntry("ids", view);
        assertThat(MigrationJson.parse(json, Snapshot.class).model().sequences())
                .containsEntry("numbers", numbers);
        String withoutViews = json.substring(0, json.indexOf(",\n  \"views\"")) + "\n}\n";
        assertThat(MigrationJson.parse(withoutViews, Snapshot.class).views()).isEmpty();
        assertThat(MigrationJson.parse(withoutViews, Snapshot.class).sequences())
                .isEmpty();
    }
}
