package dev.storium.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.internal.model.Models;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The three-way merge of schema models: one branch's changes to the base applied over the other branch's schema. */
class SchemaMergeTest {
    private static SchemaModel model(String... features) {
        return Models.fromDefinitions(BranchMerge.schema(Set.of(features)));
    }

    @Test
    void changesToDifferentItemsOfOneTableAreBothKept() {
        SchemaMerge.Result result = SchemaMerge.merge(model(), model("bio"), model("nickname", "emailIndex", "tags"));

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.model().tables().keySet()).containsExactly("tags", "users");
        Table users = result.model().tables().get("users");
        assertThat(users.columns()).extracting(c -> c.name()).containsExactly("id", "email", "nickname", "bio");
        assertThat(users.indexes()).extracting(i -> i.name()).containsExactly("users_email_unique");
    }

    @Test
    void anUnchangedSideTakesTheOtherSideAsItIs() {
        assertThat(SchemaMerge.merge(model("bio"), model("bio"), model("tags")).model())
                .isEqualTo(model("tags"));
        assertThat(SchemaMerge.merge(model("bio"), model("posts", "bio"), model("bio"))
                        .model())
                .isEqualTo(model("posts", "bio"));
    }

    @Test
    void anItemBothBranchesChangedIsAConflictEvenWhenTheyAgree() {
        assertThat(SchemaMerge.merge(model(), model("email300"), model("email320"))
                        .conflicts())
                .containsExactly("column users.email: this branch changes it, the merged branch changes it");
        assertThat(SchemaMerge.merge(model(), model("tags", "bio"), model("tags"))
                        .conflicts())
                .containsExactly("table tags: this branch adds it, the merged branch adds it");
    }

    @Test
    void aDroppedTableIsAConflictWhenTheOtherBranchChangesOrReferencesIt() {
        SchemaModel none = SchemaModel.empty();

        assertThat(SchemaMerge.merge(model(), model("bio"), none).conflicts())
                .containsExactly("table users: this branch changes it, the merged branch drops it");
        assertThat(SchemaMerge.merge(model(), model("posts"), none).conflicts())
                .isEqualTo(List.of("table posts: foreign key posts_author_id_users_id_fk references table users,"
                        + " which one branch drops"));
        assertThat(SchemaMerge.merge(model("tags"), model(), model("tags", "bio"))
                        .model())
                .isEqualTo(model("bio"));
    }
}
