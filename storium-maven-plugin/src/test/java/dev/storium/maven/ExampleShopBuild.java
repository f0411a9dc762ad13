package dev.storium.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;

/**
 * What the {@code example-shop-*} invoker projects assert after {@code mvn verify} of the example shop on one database:
 * its committed migration applied, its seed run, its integration test passed, and {@code storium:check} run in
 * sync, without an error line.
 */
public final class ExampleShopBuild {
    private static final Pattern APPLIED = Pattern.compile(
            "\\[INFO\\] Applied 2 migrations in \\d+ ms: 0000_create_shop, 0001_order_status_and_totals\\.");

    private ExampleShopBuild() {}

    /** Throws an {@link AssertionError} naming the first expectation the build's log does not meet. */
    public static void verify(File basedir, String dialect) throws IOException {
        String log = Files.readString(new File(basedir, "build.log").toPath());
        expect(log.contains("BUILD SUCCESS"), "mvn verify failed");
        expect(APPLIED.matcher(log).find(), "the committed migrations were not applied");
        expect(log.contains("[INFO] Seed ShopSeed applied: 4 rows written"), "the seed did not run or wrote otherwise");
        expect(log.contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0"), "ShopIT did not pass");
        expect(log.contains(":check (check) @ example-shop-" + dialect), "check did not run");
        expect(!log.contains("[ERROR]"), "the build logged an error");
    }

    private static void expect(boolean condition, String failure) {
        if (!condition) {
            throw new AssertionError(failure);
        }
    }
}
