package dev.storium.internal.check;

import dev.storium.CheckResult;
import dev.storium.Finding;
import dev.storium.Finding.Section;
import dev.storium.config.StoriumConfig;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.migration.MigrationFolder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The check's report on one screen: the findings grouped by section in {@link Section} order, the findings that share
 * a fix listed together above it once, then the warnings; or, with no finding, a short "in sync" summary.
 */
final class Report {
    private Report() {}

    static CheckResult of(
            StoriumConfig config,
            MigrationFolder folder,
            List<Finding> found,
            List<String> warnings,
            boolean reachable) {
        Map<Section, List<Finding>> bySection = new EnumMap<>(Section.class);
        found.forEach(f ->
                bySection.computeIfAbsent(f.section(), s -> new ArrayList<>()).add(f));
        List<Finding> findings = new ArrayList<>();
        bySection.values().forEach(findings::addAll); // in Section order
        if (findings.isEmpty()) {
            String message = inSync(config, folder) + warnings(warnings);
            return new CheckResult(true, message, findings, warnings, null);
        }
        StringBuilder message = new StringBuilder("Check failed: ")
                .append(findings.size())
                .append(findings.size() == 1 ? " finding." : " findings.");
        bySection.forEach((section, inSection) -> {
            message.append('\n')
                    .append(section.title())
                    .append(" (")
                    .append(inSection.size())
                    .append("):");
            Map<String, List<Finding>> byFix = new LinkedHashMap<>();
            inSection.forEach(f ->
                    byFix.computeIfAbsent(f.fix(), fix -> new ArrayList<>()).add(f));
            byFix.forEach((fix, group) -> {
                group.forEach(f -> message.append("\n  - ").append(f.fact()));
                message.append("\n    Fix: ").append(fix.replace("\n", "\n    "));
            });
        });
        message.append(warnings(warnings));
        String text = message.toString();
        return new CheckResult(false, text, findings, warnings, Check.error(text, reachable));
    }

    private static String inSync(StoriumConfig config, MigrationFolder folder) {
        String summary = "In sync: the code matches the last migration (" + Check.lastTag(folder)
                + "), and the migrations directory (" + folder.migrations().size()
                + (folder.migrations().size() == 1 ? " migration" : " migrations") + ") is consistent";
        if (config.url() == null) {
            return summary + "; no database configured, so the history and drift were not checked.";
        }
        return summary + "; " + Connections.describe(config) + " has every migration applied and no drift.";
    }

    private static String warnings(List<String> warnings) {
        return warnings.stream().map(w -> "\nWarning: " + w).collect(Collectors.joining());
    }
}
