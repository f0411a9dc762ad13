package dev.storium.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole {@code mvn} processes of the benchmark projects, each timed and its memory polled. They use a private local
 * repository under {@code benchmarks/target/m2} into which {@link #installStorium} copies the engine and the plugin just
 * built; other artifacts come from the user's {@code ~/.m2/repository} (read as a remote repository, never written) or
 * Maven Central, once, during the untimed preparation run; timed runs are offline ({@code -o}).
 */
final class Maven {
    private final Path root;
    private final Path repository;
    private final Path settings;
    private final Path logs;
    private final String version;
    private int runs;

    /** One run: wall-clock seconds and the peak resident memory of its process tree in MB. */
    record Sample(double seconds, double peakMb) {}

    Maven(Path root, Path work) throws IOException {
        this.root = root;
        this.repository = root.resolve("benchmarks/target/m2");
        this.settings = work.resolve("settings.xml");
        this.logs = work.resolve("logs");
        this.version = projectVersion(root);
        Files.createDirectories(logs);
        Files.writeString(settings, settingsXml(Path.of(System.getProperty("user.home"), ".m2", "repository")));
    }

    String storiumVersion() {
        return version;
    }

    /** Copies the parent pom, the engine and the plugin as built in this checkout into the private repository. */
    void installStorium() throws IOException {
        install("storium-parent", root.resolve("pom.xml"), null);
        install("storium-engine", root.resolve("storium-engine/pom.xml"), jar("storium-engine"));
        install("storium-maven-plugin", root.resolve("storium-maven-plugin/pom.xml"), jar("storium-maven-plugin"));
    }

    private Path jar(String module) {
        Path jar = root.resolve(module + "/target/" + module + "-" + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist. Fix: build it first (benchmarks/run does,"
                    + " or mvn -B package -DskipTests -Dinvoker.skip from the repository root).");
        }
        return jar;
    }

    private void install(String artifactId, Path pom, Path jar) throws IOException {
        Path dir = repository.resolve("dev/storium/" + artifactId + "/" + version);
        Files.createDirectories(dir);
        Files.copy(pom, dir.resolve(artifactId + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            Files.copy(jar, dir.resolve(artifactId + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Runs {@code mvn -B -q} with {@code args} in {@code project}; offline unless {@code online}. */
    Sample run(Path project, boolean online, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "mvn",
                "-B",
                "-q",
                "-s",
                settings.toString(),
                "-Dmaven.repo.local=" + repository,
                "-f",
                project.resolve("pom.xml").toString()));
        if (!online) {
            command.add("-o");
        }
        command.addAll(List.of(args));
        Path log = logs.resolve(String.format("%03d-%s.log", ++runs, project.getFileName()));
        Process process = new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long start = System.nanoTime();
        Map<Long, Long> peakKb = new HashMap<>();
        while (!process.waitFor(5, TimeUnit.MILLISECONDS)) {
            poll(process.toHandle(), peakKb);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("mvn " + String.join(" ", args) + " failed in " + project + " (exit "
                    + process.exitValue() + "); its output: " + log + "\n" + tail(log));
        }
        double peakMb = peakKb.values().stream().mapToLong(Long::longValue).sum() / 1024.0;
        System.out.printf(
                "    mvn %s (%s%s): %.2f s, %.0f MB%n",
                String.join(" ", args).replaceAll(" -D.*", ""),
                project.getFileName(),
                online ? ", online" : "",
                seconds,
                peakMb);
        return new Sample(seconds, peakMb);
    }

    /** The high-water mark of resident memory (VmHWM) of the process and each descendant, kept per process id. */
    private static void poll(ProcessHandle process, Map<Long, Long> peakKb) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process);
        process.descendants().forEach(tree::add);
        for (ProcessHandle p : tree) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status"))) {
                    if (line.startsWith("VmHWM:")) {
                        long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                        peakKb.merge(p.pid(), kb, Math::max);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the process ended between listing and reading: its last polled value stands
            }
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** The first line of {@code mvn -v}, for the machine description. */
    static String mavenVersion() {
        try {
            Process p = new ProcessBuilder("mvn", "-v", "-B")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            return out.lines().findFirst().orElse("unknown").replaceAll("\u001B\\[[0-9;]*m", "");
        } catch (IOException | InterruptedException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String projectVersion(Path root) throws IOException {
        Matcher m = Pattern.compile("<artifactId>storium-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(root.resolve("pom.xml")));
        if (!m.find()) {
            throw new IllegalStateException("no storium-parent version in " + root.resolve("pom.xml"));
        }
        return m.group(1);
    }

    private static String settingsXml(Path home) {
        String repo = "<id>home</id><url>" + home.toUri() + "</url>"
                + "<releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>"
                + "<snapshots><enabled>false</enabled></snapshots>";
        return "<settings><profiles><profile><id>bench</id>"
                + "<activation><activeByDefault>true</activeByDefault></activation>"
                + "<repositories><repository>" + repo + "</repository></repositories>"
                + "<pluginRepositories><pluginRepository>" + repo + "</pluginRepository></pluginRepositories>"
                + "</profile></profiles></settings>\n";
    }
}
