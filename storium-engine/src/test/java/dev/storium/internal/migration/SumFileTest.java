package dev.storium.internal.migration;

import static dev.storium.internal.migration.TestSchemas.posts;
import static dev.storium.internal.migration.TestSchemas.schema;
import static dev.storium.internal.migration.TestSchemas.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SumFileTest {
    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("migrations");
    }

    private static MigrationFolder folder(Path out) {
        return MigrationFolder.read(out, Dialect.POSTGRESQL);
    }

    private MigrationFolder folder() {
        return folder(out());
    }

    private static void generateTwo(Path out) {
        folder(out).writeNext("create_users", "CREATE TABLE users ();\n", schema(users(false)));
        folder(out).writeNext("add_users_bio", "ALTER TABLE users ADD bio text;\n", schema(users(true)));
    }

    private String sumText() throws IOException {
        return Files.readString(out().resolve(SumFile.FILE));
    }

    private List<String> verify() {
        return SumFile.verify(folder());
    }

    /** SHA-256 in hex, computed here independently of the production code. */
    private static String sha256(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private String fileHash(String relative) throws Exception {
        return sha256(Files.readString(out().resolve(relative)));
    }

    @Test
    void generateWritesOneChainedLinePerMigrationAndTheHead() throws Exception {
        generateTwo(out());

        List<String> rows = sumText().lines().collect(Collectors.toList());
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0))
                .startsWith("# storium.sum v1: the SHA-256 of each migration, chained")
                .contains("Do not edit it", "mvn storium:rehash", "mvn storium:rebase");
        assertThat(rows.get(1)).startsWith("# <tag> <SHA-256 of tag.sql> <SHA-256 of meta/NNNN_snapshot.json>");
        String sql0 = fileHash("0000_create_users.sql");
        String snap0 = fileHash("meta/0000_snapshot.json");
        String chain0 = sha256("0".repeat(64) + " 0000_create_users " + sql0 + " " + snap0);
        assertThat(rows.get(2)).isEqualTo("0000_create_users " + sql0 + " " + snap0 + " " + chain0);
        String sql1 = fileHash("0001_add_users_bio.sql");
        String snap1 = fileHash("meta/0001_snapshot.json");
        String chain1 = sha256(chain0 + " 0001_add_users_bio " + sql1 + " " + snap1);
        assertThat(rows.get(3)).isEqualTo("0001_add_users_bio " + sql1 + " " + snap1 + " " + chain1);
        assertThat(rows.get(4)).isEqualTo("head " + chain1);
        assertThat(sumText()).endsWith("\n").doesNotContain("\r");
        assertThat(verify()).isEmpty();
    }

    @Test
    void theSqlHashIsTheHashTheHistoryTableStores() throws Exception {
        generateTwo(out());
        SumFile.Line first = SumFile.read(out()).orElseThrow().lines().get(0);

        assertThat(first.sql()).isEqualTo(MigrationText.hash("CREATE TABLE users ();\r\n"));
        assertThat(MigrationText.hash("\uFEFFCREATE TABLE users ();\r")).isEqualTo(first.sql());
    }

    @Test
    void theSumComputedFromTheFilesIsTheOneGenerateWrote() throws IOException {
        generateTwo(out());

        SumFile computed = SumFile.compute(folder());
        assertThat(computed.text()).isEqualTo(sumText());
        assertThat(computed.sameAs(SumFile.read(out()).orElseThrow())).isTrue();
        assertThat(computed.head()).isEqualTo(computed.lines().get(1).chain());
    }

    @Test
    void aDirectoryWithoutMigrationsNeedsNoSumAndHasTheStartAsHead() {
        assertThat(verify()).isEmpty();
        assertThat(SumFile.read(out())).isEmpty();
        SumFile empty = SumFile.compute(folder());
        assertThat(empty.lines()).isEmpty();
        assertThat(empty.head()).isEqualTo("0".repeat(64));
    }

    @Test
    void theSumIsStableAcrossLineEndings() throws IOException {
        generateTwo(out());
        Path crlf = dir.resolve("crlf");
        copyWithCrlf(out(), crlf);
        assertThat(Files.readString(crlf.resolve("0000_create_users.sql"))).contains("\r\n");
        assertThat(Files.readString(crlf.resolve(SumFile.FILE))).contains("\r\n");

        assertThat(SumFile.compute(folder(crlf)).text())
                .isEqualTo(SumFile.compute(folder()).text());
        assertThat(SumFile.read(crlf).orElseThrow().sameAs(SumFile.read(out()).orElseThrow()))
                .isTrue();
        assertThat(SumFile.verify(folder(crlf))).isEmpty();
    }

    private static void copyWithCrlf(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.writeString(target, Files.readString(file).replace("\n", "\r\n"));
            }
        }
    }

    @Test
    void anEditedSqlFileIsNamedWithTheFix() throws IOException {
        generateTwo(out());
        Files.writeString(out().resolve("0001_add_users_bio.sql"), "-- by hand\n", StandardOpenOption.APPEND);

        assertThat(verify())
                .singleElement()
                .asString()
                .startsWith("0001_add_users_bio.sql was edited after it was generated: its SHA-256 is ")
                .contains(", meta/storium.sum records ")
                .endsWith("Fix: if the change is deliberate, review it and run mvn storium:rehash; otherwise restore"
                        + " the file from version control.");
    }

    @Test
    void anEditedSnapshotIsNamedWithTheFix() throws IOException {
        generateTwo(out());
        Path snapshot = out().resolve("meta/0000_snapshot.json");
        Files.writeString(snapshot, Files.readString(snapshot).replace("\"email\"", "\"mail\""));

        assertThat(verify())
                .singleElement()
                .asString()
                .startsWith("meta/0000_snapshot.json was edited after it was generated (the next generate diffs"
                        + " against it): its SHA-256 is ")
                .contains("mvn storium:rehash");
    }

    @Test
    void aMigrationWithoutALineWasAddedByHand() throws IOException {
        generateTwo(out());
        String twoLines = sumText();
        folder().writeNext("create_posts", "CREATE TABLE posts ();\n", schema(users(true), posts()));
        Files.writeString(out().resolve(SumFile.FILE), twoLines);

        assertThat(verify())
                .containsExactly("0002_create_posts.sql has no line in meta/storium.sum: it was added without mvn"
                        + " storium:generate. Fix: review it and run mvn storium:rehash; a migration of another branch"
                        + " is merged with mvn storium:rebase.");
    }

    @Test
    void aRemovedLastMigrationLeavesItsLine() throws IOException {
        generateTwo(out());
        String twoLines = sumText();
        String journal = Files.readString(out().resolve(FolderLayout.JOURNAL));
        folder().writeNext("create_posts", "CREATE TABLE posts ();\n", schema(users(true), posts()));
        String threeLines = sumText();
        Files.delete(out().resolve("0002_create_posts.sql"));
        Files.delete(out().resolve("meta/0002_snapshot.json"));
        Files.writeString(out().resolve(FolderLayout.JOURNAL), journal);
        assertThat(threeLines).startsWith(twoLines.substring(0, twoLines.indexOf("head ")));

        assertThat(verify())
                .containsExactly("meta/storium.sum lists 0002_create_posts, but 0002_create_posts.sql is not in the"
                        + " directory: it was removed or renamed by hand. Fix: restore it from version control; if"
                        + " the removal is deliberate and no database applied it, run mvn storium:rehash.");
    }

    @Test
    void swappedLinesBreakTheChainAndTheOrder() throws IOException {
        generateTwo(out());
        List<String> rows = sumText().lines().collect(Collectors.toList());
        String swapped = String.join("\n", rows.get(0), rows.get(1), rows.get(3), rows.get(2), rows.get(4)) + "\n";
        Files.writeString(out().resolve(SumFile.FILE), swapped);

        assertThat(verify())
                .containsExactly(
                        "meta/storium.sum breaks its chain at the line of 0001_add_users_bio: its chain value does not"
                                + " follow from the lines above it (lines of two branches combined, or lines reordered"
                                + " or edited by hand). " + SumCheck.FIX_MERGE,
                        "meta/storium.sum lists the migrations in another order than meta/_journal.json"
                                + " (0001_add_users_bio, 0000_create_users instead of 0000_create_users,"
                                + " 0001_add_users_bio). Fix: after merging another branch's migrations, run mvn"
                                + " storium:rebase; otherwise review the migrations and run mvn storium:rehash.");
    }

    @Test
    void aHeadThatIsNotTheLastChainValueOrNoHeadIsFound() throws IOException {
        generateTwo(out());
        String text = sumText();
        String head = text.substring(text.indexOf("head "));
        Files.writeString(out().resolve(SumFile.FILE), text.replace(head, "head " + "a".repeat(64) + "\n"));
        assertThat(verify())
                .containsExactly("meta/storium.sum has a head line that is not the chain value of its last line:"
                        + " lines were removed or edited by hand. " + SumCheck.FIX_MERGE);

        Files.writeString(out().resolve(SumFile.FILE), text.replace(head, ""));
        assertThat(verify())
                .containsExactly(
                        "meta/storium.sum has no head line: it was cut or edited by hand. " + SumCheck.FIX_MERGE);
    }

    @Test
    void aMissingSumFileIsNamedWhenThereAreMigrations() throws IOException {
        generateTwo(out());
        Files.delete(out().resolve(SumFile.FILE));

        assertThat(verify())
                .containsExactly("meta/storium.sum is missing, but the directory holds 2 migrations, so hand edits"
                        + " of them cannot be detected. Fix: review them and run mvn storium:rehash to create it (the"
                        + " next mvn storium:generate also creates it).");
    }

    @Test
    void gitConflictMarkersAreReportedAlone() throws IOException {
        generateTwo(out());
        String text = sumText();
        int head = text.indexOf("head ");
        String conflicted = text.substring(0, head)
                + "<<<<<<< HEAD\n0002_a " + "1".repeat(64) + " " + "2".repeat(64) + " " + "3".repeat(64)
                + "\nhead " + "3".repeat(64) + "\n=======\n0002_b " + "4".repeat(64) + " " + "5".repeat(64) + " "
                + "6".repeat(64) + "\nhead " + "6".repeat(64) + "\n>>>>>>> feature\n";
        Files.writeString(out().resolve(SumFile.FILE), conflicted);

        assertThat(verify())
                .containsExactly("meta/storium.sum holds unresolved git conflict markers (line 5: <<<<<<< HEAD): two"
                        + " branches each added a migration. Fix: run mvn storium:rebase; it renumbers this branch's"
                        + " migrations after the merged ones and rewrites the sum file.");
    }

    @Test
    void aMalformedLineIsNamedWithItsNumber() throws IOException {
        generateTwo(out());
        Files.writeString(out().resolve(SumFile.FILE), sumText().replace("head ", "head: "));

        assertThat(verify())
                .singleElement()
                .asString()
                .startsWith("meta/storium.sum line 5 is not '<tag> <sha256> <sha256> <chain>' nor 'head <chain>':"
                        + " head: ")
                .endsWith("restore it from version control, or review the migrations and run mvn storium:rehash"
                        + " to rewrite it.");
    }

    @Test
    void generateAppendsALineChainedFromTheRecordedOnes() throws IOException {
        generateTwo(out());
        String before = sumText();
        SumFile.Line second = SumFile.read(out()).orElseThrow().lines().get(1);

        folder().writeNext("create_posts", "CREATE TABLE posts ();\n", schema(users(true), posts()));

        SumFile after = SumFile.read(out()).orElseThrow();
        assertThat(sumText()).startsWith(before.substring(0, before.indexOf("head ")));
        assertThat(after.lines()).hasSize(3);
        SumFile.Line third = after.lines().get(2);
        assertThat(third.tag()).isEqualTo("0002_create_posts");
        assertThat(third.chain()).isEqualTo(third.expectedChain(second.chain()));
        assertThat(after.head()).isEqualTo(third.chain());
        assertThat(verify()).isEmpty();
    }

    @Test
    void generateKeepsAHandEditVisibleInsteadOfRehashingIt() throws IOException {
        generateTwo(out());
        Files.writeString(out().resolve("0000_create_users.sql"), "CREATE TABLE users (id int);\n");

        folder().writeNext("create_posts", "CREATE TABLE posts ();\n", schema(users(true), posts()));

        assertThat(verify())
                .singleElement()
                .asString()
                .startsWith("0000_create_users.sql was edited after it was generated");
    }

    @Test
    void generateCreatesTheSumForADirectoryThatHadNone() throws IOException {
        generateTwo(out());
        Files.delete(out().resolve(SumFile.FILE));

        folder().writeNext("create_posts", "CREATE TABLE posts ();\n", schema(users(true), posts()));

        assertThat(SumFile.read(out()).orElseThrow().lines())
                .extracting(SumFile.Line::tag)
                .containsExactly("0000_create_users", "0001_add_users_bio", "0002_create_posts");
        assertThat(verify()).isEmpty();
    }

    @Test
    void generateRefusesASumFileWithConflictMarkersAndWritesNothing() throws IOException {
        generateTwo(out());
        Files.writeString(out().resolve(SumFile.FILE), sumText() + "<<<<<<< HEAD\n");
        String listing = new TestProject(dir).listing();

        assertThatThrownBy(() -> folder().writeNext("create_posts", "SELECT 1;\n", schema(users(true), posts())))
                .isInstanceOf(StoriumException.class)
                .satisfies(e -> assertThat(((StoriumException) e).code()).isEqualTo(ErrorCode.MIGRATION_FOLDER))
                .hasMessageStartingWith("Cannot write migration 0002_create_posts: meta/storium.sum holds unresolved"
                        + " git conflict markers")
                .hasMessageEndingWith("The directory was left as it was.");
        assertThat(new TestProject(dir).listing()).isEqualTo(listing);
    }

    @Test
    void writeReplacesTheFileWithTheComputedSum() throws IOException {
        generateTwo(out());
        Files.writeString(out().resolve("0001_add_users_bio.sql"), "ALTER TABLE users ADD bio varchar(10);\n");
        assertThat(verify()).hasSize(1);

        SumFile.compute(folder()).write(out());

        assertThat(verify()).isEmpty();
        assertThat(SumFile.read(out()).orElseThrow().lines().get(1).sql())
                .isEqualTo(MigrationText.hash("ALTER TABLE users ADD bio varchar(10);\n"));
    }
}
