package dev.storium.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The medians and ratios of a run: printed as a Markdown table and written as {@code results.md} and JSON. */
final class Report {
    private final Map<String, String> machine;
    private final Map<String, Object> sizes;
    private final List<Measurement> measurements = new ArrayList<>();

    Report(Map<String, String> machine, Map<String, Object> sizes) {
        this.machine = machine;
        this.sizes = sizes;
    }

    void add(Measurement measurement) {
        measurements.add(measurement);
        System.out.println("  " + row(measurement));
    }

    List<Measurement> measurements() {
        return List.copyOf(measurements);
    }

    /** The table of medians and ratios with the machine and sizes beneath it. */
    String markdown() {
        StringBuilder md = new StringBuilder()
                .append("| case | database | Storium | median | peer | median | ratio | target | met |\n")
                .append("|---|---|---|---:|---|---:|---:|---|---|\n");
        measurements.forEach(m -> md.append(row(m)).append('\n'));
        md.append("\nMedians of the samples; ratio = Storium ÷ peer, both measured alternately in this run.\n\n");
        md.append("Machine:\n\n");
        machine.forEach(
                (k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\nSizes: ").append(sizes).append('\n');
        return md.toString();
    }

    /** Writes {@code results.md} and {@code results.json} into {@code directory}. */
    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("results.md"), markdown());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", machine);
        json.put("sizes", sizes);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Measurement m : measurements) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("case", m.caseName());
            row.put("database", m.dialect());
            row.put("storium", m.storium());
            row.put("storiumSamples", m.storiumSamples());
            row.put("storiumMedian", m.storiumMedian());
            row.put("peer", m.peer());
            row.put("peerSamples", m.peerSamples());
            row.put("peerMedian", m.peerMedian());
            row.put("unit", m.unit());
            row.put("ratio", m.ratio());
            row.put("target", m.target().describe(m.unit()));
            row.put("met", m.met());
            rows.add(row);
        }
        json.put("measurements", rows);
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(directory.resolve("results.json").toFile(), json);
    }

    private static String row(Measurement m) {
        Boolean met = m.met();
        return "| " + m.caseName() + " | " + m.dialect() + " | " + m.storium() + " | "
                + number(m.storiumMedian()) + " " + m.unit() + " | "
                + (m.peer() == null ? "" : m.peer()) + " | "
                + (m.peer() == null ? "" : number(m.peerMedian()) + " " + m.unit()) + " | "
                + (m.ratio() == null ? "" : number(m.ratio())) + " | "
                + m.target().describe(m.unit()) + " | "
                + (met == null ? "" : met ? "yes" : "**no**") + " |";
    }

    /** Three significant digits at most, without exponent: 0.123, 1.23, 12.3, 1234. */
    static String number(double value) {
        double abs = Math.abs(value);
        String pattern = abs >= 100 ? "%.0f" : abs >= 10 ? "%.1f" : abs >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
