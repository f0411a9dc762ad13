package dev.storium.internal.migration;

import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.UUID;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.index;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.options.GenerateOptions;
import dev.storium.result.GenerateResult;
import dev.storium.schema.ColumnDef;
import dev.storium.schema.TableDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project in a real git repository whose branches {@code main} and {@code feature} each generate migrations from a
 * common base, for the rebase tests. A schema is a set of features: {@code bio} and {@code nickname} columns on users,
 * an {@code emailIndex}, the tables {@code tags} and {@code posts}, and {@code email300} / {@code email320} lengths.
 */
final class BranchMerge {
    final Path project;
    final Dialect dialect;
    final GitRepo git;

    BranchMerge(Path project, Dialect dialect) {
        this.project = project;
        this.dialect = dialect;
        this.git = GitRepo.init(project);
    }

    /** The migrations directory. */
    Path out() {
        return project.resolve("migrations");
    }

    /** The project's config, with a database when {@code url} is not null. */
    StoriumConfig config(String url) {
        return new StoriumConfig(
                dialect, url, null, null, List.of(), List.of(), out(), List.of(), Map.of(), null, project, null);
    }

    /**
     * The base commit with the users table on main, then {@code feature}'s and {@code main}'s migrations each on its
     * branch (one generate per step, each step's features added to the base), leaving {@code feature} checked out.
     */
    void branches(List<Set<String>> feature, List<Set<String>> main, String name) {
        generate(Set.of(), null);
        git.commitAll("base");
        git.git("checkout", "-q", "-b", "feature");
        steps(feature, name);
        git.commitAll("feature");
        git.git("checkout", "-q", "main");
        steps(main, name);
        git.commitAll("main");
        git.git("checkout", "-q", "feature");
    }

    private void steps(List<Set<String>> steps, String name) {
        Set<String> features = new HashSet<>();
        for (Set<String> step : steps) {
            features.addAll(step);
            generate(features, name);
        }
    }

    /** Generates the migration for the schema of {@code features}; returns the file's name. */
    String generate(Set<String> features, String name) {
        GenerateResult result =
                Storium.generate(config(null), schema(features), new GenerateOptions(name, false, false));
        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.file()).as(result.message()).isNotNull();
        return result.file().getFileName().toString();
    }

    /** The table definitions of a set of features. */
    static List<TableDef> schema(Set<String> features) {
        int emailLength = features.contains("email300") ? 300 : features.contains("email320") ? 320 : 255;
        List<ColumnDef> columns = new ArrayList<>(List.of(
                column("id", UUID).primaryKey(),
                column("email", VARCHAR).maxLength(emailLength).notNull()));
        if (features.contains("bio")) {
            columns.add(column("bio", TEXT));
        }
        if (features.contains("nickname")) {
            columns.add(column("nickname", VARCHAR).maxLength(50));
        }
        TableDef users =
                defineTable("users").columns(columns.toArray(ColumnDef[]::new)).timestamps(false);
        if (features.contains("emailIndex")) {
            users = users.indexes(index("email").unique());
        }
        List<TableDef> tables = new ArrayList<>(List.of(users));
        if (features.contains("tags")) {
            tables.add(defineTable("tags")
                    .columns(
                            column("id", INTEGER).primaryKey(),
                            column("label", VARCHAR).maxLength(40).notNull())
                    .timestamps(false));
        }
        if (features.contains("posts")) {
            tables.add(defineTable("posts")
                    .columns(
                            column("id", INTEGER).primaryKey(),
                            column("authorId", UUID).notNull().references(users, "id"),
                            column("title", TEXT))
                    .timestamps(false));
        }
        return tables;
    }
}
