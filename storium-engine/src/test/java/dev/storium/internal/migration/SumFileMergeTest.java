package dev.storium.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.options.GenerateOptions;
import dev.storium.result.GenerateResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two branches that each generate a migration, merged with the real git: the sum file makes the merge conflict, and
 * a union of both branches' lines fails verification.
 */
class SumFileMergeTest {
    @TempDir
    Path dir;

    private TestProject project;
    private GitRepo git;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
        git = GitRepo.init(dir);
        generate("v1", GenerateOptions.DEFAULTS);
        generate("v2", GenerateOptions.DEFAULTS);
        git.commitAll("two migrations");

        git.git("checkout", "-q", "-b", "drop-email");
        generate("v3", new GenerateOptions("drop_email", false, true));
        git.commitAll("drop the email");

        git.git("checkout", "-q", "main");
        git.git("checkout", "-q", "-b", "backfill");
        generate("v2", new GenerateOptions("backfill", true, false));
        git.commitAll("a custom migration");
    }

    @Test
    void twoBranchesThatEachAppendAMigrationConflictInTheSumFile() {
        GitRepo.Run merge = git.run("merge", "--no-edit", "drop-email");

        assertThat(merge.exit()).as(merge.output()).isNotZero();
        assertThat(merge.output()).contains("CONFLICT (content): Merge conflict in migrations/meta/storium.sum");
        assertThat(git.git("diff", "--name-only", "--diff-filter=U")).contains("migrations/meta/storium.sum");
        SumFile conflicted = SumFile.read(project.out()).orElseThrow();
        assertThat(conflicted.defects())
                .singleElement()
                .asString()
                .startsWith("meta/storium.sum holds unresolved git conflict markers")
                .contains("mvn storium:rebase");
    }

    @Test
    void aUnionOfBothBranchesLinesFailsVerification() throws IOException {
        Files.writeString(dir.resolve(".git/info/attributes"), "storium.sum merge=union\n");
        GitRepo.Run merge = git.run("merge", "--no-edit", "drop-email");
        assertThat(merge.output())
                .as("the union merge takes both branches' lines without a conflict")
                .doesNotContain("Merge conflict in migrations/meta/storium.sum");
        // resolve the rest by keeping this branch's journal and snapshot, and dropping the other branch's SQL file
        git.git("checkout", "--ours", "migrations/meta/_journal.json", "migrations/meta/0002_snapshot.json");
        Files.delete(project.out().resolve("0002_drop_email.sql"));

        String union = project.read(SumFile.FILE);
        assertThat(union).contains("0002_backfill ", "0002_drop_email ");
        List<String> findings = SumFile.verify(MigrationFolder.read(project.out(), Dialect.POSTGRESQL));
        assertThat(findings)
                .contains(
                        "meta/storium.sum holds 2 head lines: the lines of two branches were combined (a union"
                                + " merge?). " + SumCheck.FIX_MERGE,
                        "meta/storium.sum lists 0002_drop_email, but 0002_drop_email.sql is not in the directory:"
                                + " it was removed or renamed by hand. Fix: restore it from version control; if the"
                                + " removal is deliberate and no database applied it, run mvn storium:rehash.")
                .anySatisfy(finding -> assertThat(finding).startsWith("meta/storium.sum breaks its chain at the line"));
    }

    private void generate(String version, GenerateOptions options) {
        GenerateResult result =
                Storium.generate(project.config(Dialect.POSTGRESQL, version), TestProject.source(), options);
        assertThat(result.success()).as(result.message()).isTrue();
    }
}
