package dev.storium.internal.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real git repository in a temporary directory, driven through the {@code git} command line. */
final class GitRepo {
    private final Path dir;

    private GitRepo(Path dir) {
        this.dir = dir;
    }

    /** A new repository on branch {@code main}. */
    static GitRepo init(Path dir) {
        GitRepo repo = new GitRepo(dir);
        repo.git("init", "-q", "-b", "main");
        return repo;
    }

    /** Runs git and returns its output; fails unless it exits 0. */
    String git(String... args) {
        Run run = run(args);
        if (run.exit() != 0) {
            throw new IllegalStateException(
                    "git " + String.join(" ", args) + " exited " + run.exit() + ":\n" + run.output());
        }
        return run.output();
    }

    /** Adds every file and commits. */
    void commitAll(String message) {
        git("add", "-A");
        git("commit", "-q", "-m", message);
    }

    /**
     * Merges {@code branch} into the current one, expecting git to stop on conflicts; returns its output. Pass
     * {@code diff3} for the diff3 conflict style.
     */
    String mergeWithConflicts(String branch, boolean diff3) {
        Run run = diff3
                ? run("-c", "merge.conflictStyle=diff3", "merge", "--no-edit", branch)
                : run("-c", "merge.conflictStyle=merge", "merge", "--no-edit", branch);
        if (run.exit() != 1 || !run.output().contains("CONFLICT")) {
            throw new IllegalStateException(
                    "expected merge conflicts, git exited " + run.exit() + ":\n" + run.output());
        }
        return run.output();
    }

    record Run(int exit, String output) {}

    Run run(String... args) {
        List<String> command = new ArrayList<>(List.of(
                "git",
                "-c",
                "user.name=Storium Test",
                "-c",
                "user.email=test@storium.dev",
                "-c",
                "commit.gpgsign=false",
                "-c",
                "core.autocrlf=false",
                "-c",
                "init.defaultBranch=main"));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            builder.environment()
                    .put(
                            "GIT_CONFIG_GLOBAL",
                            dir.resolve(".git-no-global-config").toString());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("git " + String.join(" ", args) + " did not finish");
            }
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
