package dev.storium.concurrency;

import dev.storium.config.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three processes migrate one database of the Galera test cluster ({@code .ci/galera start}) at the same moment, each
 * through another node, on a fresh database each repetition: every process succeeds and each file, which inserts
 * rows, is applied exactly once (issue 16, "a lock that holds across a cluster"). {@code GET_LOCK} alone is local to
 * a node, and failed this test every time.
 */
class GaleraMigrateTest {
    private static final int FILES = 12;
    private static final int ROWS = 200;

    @TempDir
    Path work;

    @RepeatedTest(5)
    void threeProcessesOnThreeNodesApplyEveryFileExactlyOnce() throws Exception {
        try (SharedDatabase db = SharedDatabase.onCluster("galera", 0)) {
            Path out = Files.createDirectory(work.resolve("migrations"));
            List<String> tags = MigrationsFixture.tables(db.config(out), FILES, ROWS);
            List<List<String>> arguments = new ArrayList<>();
            for (int node = 0; node < 3; node++) {
                arguments.add(List.of(
                        "dialect=" + Dialect.MYSQL.key(), "url=" + db.cluster().url(node), "out=" + out));
            }
            List<Child> children = StartBarrier.race(work, arguments);
            ConcurrentMigrateTest.assertEachFileAppliedOnce(db, children, tags, ROWS);
        }
    }
}
