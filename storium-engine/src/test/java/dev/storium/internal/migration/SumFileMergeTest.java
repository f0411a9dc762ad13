package dev.storium.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.storium.GenerateOptions;
import dev.storium.GenerateResult;
import dev.storium.Storium;
import dev.storium.config.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

    @BeforeEach
    void setUp() throws Exception {
        project = new TestProject(dir);
        git("init", "-q");
        git("checkout", "-q", "-b", "main");
        generate("v1", GenerateOptions.DEFAULTS);
        generate("v2", GenerateOptions.DEFAULTS);
        commit("two migrations");

        git("checkout", "-q", "-b", "drop-email");
        generate("v3", new GenerateOptions("drop_email", false, true));
        commit("drop the email");

        git("checkout", "-q", "main");
        git("checkout", "-q", "-b", "backfill");
        generate("v2", new GenerateOptions("backfill", true, false));
        commit("a custom migration");
    }

    @Test
    void twoBranchesThatEachAppendAMigrationConflictInTheSumFile() throws Exception {
        Run merge = run("merge", "--no-edit", "drop-email");

        assertThat(merge.exit()).as(merge.output()).isNotZero();
        assertThat(merge.output()).contains("CONFLICT (content): Merge conflict in migrations/meta/storium.sum");
        assertThat(git("diff", "--name-only", "--diff-filter=U").output()).contains("migrations/meta/storium.sum");
        SumFile conflicted = SumFile.read(project.out()).orElseThrow();
        assertThat(conflicted.defects())
                .singleElement()
                .asString()
                .startsWith("meta/storium.sum holds unresolved git conflict markers")
                .contains("mvn storium:rebase");
    }

    @Test
    void aUnionOfBothBranchesLinesFailsVerification() throws Exception {
        Files.writeString(dir.resolve(".git/info/attributes"), "storium.sum merge=union\n");
        Run merge = run("merge", "--no-edit", "drop-email");
        assertThat(merge.output())
                .as("the union merge takes both branches' lines without a conflict")
                .doesNotContain("Merge conflict in migrations/meta/storium.sum");
        // resolve the rest by keeping this branch's journal and snapshot, and dropping the other branch's SQL file
        git("checkout", "--ours", "migrations/meta/_journal.json", "migrations/meta/0002_snapshot.json");
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

    private void commit(String message) throws Exception {
        git("add", "-A");
        git("commit", "-q", "-m", message);
    }

    /** Runs git and fails the test unless it exits 0. */
    private Run git(String... args) throws Exception {
        Run run = run(args);
        assertThat(run.exit())
                .as("git " + String.join(" ", args) + "\n" + run.output())
                .isZero();
        return run;
    }

    /** Runs git in the project directory with a fixed identity and no user or system configuration. */
    private Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "git",
                "-c",
                "user.name=Storium Test",
                "-c",
                "user.email=test@storium.dev",
                "-c",
                "commit.gpgsign=false",
                "-c",
                "core.autocrlf=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment()
                .put("GIT_CONFIG_GLOBAL", dir.resolve("no-global-gitconfig").toString());
        builder.environment().put("LC_ALL", "C");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return fail("This test needs the git command line on the PATH (" + e.getMessage() + "); install git.");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return fail("git " + String.join(" ", args) + " did not finish within 60 s");
        }
        return new Run(process.exitValue(), output);
    }

    private record Run(int exit, String output) {}
}
