package dev.storium.internal.check;

import dev.storium.config.StoriumConfig;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.migration.MigrationFolder;
import dev.storium.internal.text.Phrases;
import dev.storium.result.CheckResult;
import dev.storium.result.Finding;
import dev.storium.result.Finding.Section;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check's report on one screen: the findings grouped by section in {@link Section} order, the findings that share
 * a fix listed together above it once; or, with no finding, a short "in sync" summary. The warnings stay apart, in
 * the result's {@code warnings}.
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
            String message = inSync(config, folder);
            return new CheckResult(true, message, findings, warnings, null);
        }
        StringBuilder message = new StringBuilder("Check failed: ")
                .append(Phrases.count(findings.size(), "finding"))
                .append('.');
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
        String text = message.toString();
        return new CheckResult(false, text, findings, warnings, Check.error(text, reachable));
    }

    private static String inSync(StoriumConfig config, MigrationFolder folder) {
        String summary = "In sync: the code matches the last migration (" + Check.lastTag(folder)
                + "), and the migrations directory ("
                + Phrases.count(folder.migrations().size(), "migration") + ") is consistent";
        if (!config.hasDatabase()) {
            return summary + "; no database configured, so the history and drift were not checked.";
        }
        return summary + "; " + Connections.describe(config) + " has every migration applied and no drift.";
    }
}
