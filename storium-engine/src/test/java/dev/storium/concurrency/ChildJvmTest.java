package dev.storium.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness on its own: child JVMs start with the test class path and leave the start barrier together. */
class ChildJvmTest {
    @TempDir
    Path work;

    @Test
    void fourChildrenLeaveTheBarrierTogether() throws Exception {
        Path barrierDir = Files.createDirectory(work.resolve("barrier"));
        StartBarrier barrier = new StartBarrier(barrierDir);
        List<Child> children = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            children.add(ChildJvm.start(
                    "probe-" + i, BarrierProbe.class, List.of(barrierDir.toString(), "probe-" + i), work));
        }
        barrier.awaitReady(children, Duration.ofSeconds(60));
        assertThat(children)
                .allSatisfy(child -> assertThat(child.values("started"))
                        .as("nobody starts before the go")
                        .isEmpty());
        barrier.open();
        for (Child child : children) {
            assertThat(child.await(Duration.ofSeconds(60))).as(child.describe()).isZero();
        }
        long lastStart = children.stream()
                .mapToLong(child -> Long.parseLong(child.value("started")))
                .max()
                .orElseThrow();
        long firstFinish = children.stream()
                .mapToLong(child -> Long.parseLong(child.value("finished")))
                .min()
                .orElseThrow();
        assertThat(lastStart)
                .as("every child started before the first one finished")
                .isLessThan(firstFinish);
    }

    @Test
    void aManifestOnlyClassPathFallsBackToTheResolvedTestClassPath() {
        String booter = System.getProperty("surefire.real.class.path", "");
        String resolved = ChildJvm.resolveClassPath(List.of(booter));
        assertThat(ChildJvm.missing(resolved)).isEmpty();
        assertThat(ChildJvm.missing("/nowhere/surefirebooter.jar")).isNotEmpty();
    }
}
