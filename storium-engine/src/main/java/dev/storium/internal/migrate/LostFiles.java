package dev.storium.internal.migrate;

import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.history.History;
import dev.storium.internal.history.HistoryRow;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.migration.InconsistentFolderException;
import dev.storium.internal.text.Phrases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Migration files the history holds as applied but the directory has lost: said as such, with restoring them from
 * version control as the fix, never a fix that removes history or generates applied changes again.
 */
final class LostFiles {
    private LostFiles() {}

    /**
     * {@code e} with, first, the files whose SQL file is missing that the configured database has applied; {@code e}
     * as it is when there is none, no database is configured or its history cannot be read.
     */
    static StoriumException explain(StoriumConfig config, InconsistentFolderException e) {
        if (e.missingSql().isEmpty() || !config.hasDatabase()) {
            return e;
        }
        Map<String, HistoryRow> rows;
        try (Connection connection = Connections.openReadOnly(config, "migrate")) {
            rows = new History(config.migrationsTable()).read(connection);
        } catch (SQLException | RuntimeException unreadable) {
            return e;
        }
        StringBuilder applied = new StringBuilder();
        for (String tag : e.missingSql()) {
            HistoryRow row = rows.get(tag);
            if (row != null && row.success()) {
                applied.append(tag)
                        .append(".sql is missing, but ")
                        .append(tag)
                        .append(" was applied to ")
                        .append(Connections.describe(config))
                        .append(" on ")
                        .append(row.appliedAt())
                        .append(" (history table ")
                        .append(config.migrationsTable())
                        .append("): its file must come back, as it was.\n");
            }
        }
        return applied.length() == 0
                ? e
                : new StoriumException(ErrorCode.MIGRATION_FOLDER, applied + e.getMessage(), e);
    }

    /**
     * Refuses a migrations directory that does not exist while the history holds applied migrations: a wrong
     * {@code out}, not files to delete from the history.
     */
    static void requireDirectory(Path directory, Map<String, HistoryRow> rows, String table, String database) {
        List<String> applied = new ArrayList<>(History.applied(rows));
        if (applied.isEmpty() || Files.isDirectory(directory)) {
            return;
        }
        throw new StoriumException(
                ErrorCode.MIGRATION_FOLDER,
                "The migrations directory " + directory + " does not exist, but the history table " + table + " of "
                        + database + " holds " + Phrases.count(applied.size(), "applied migration") + " ("
                        + String.join(", ", applied) + "). Fix: check `out` (-Dstorium.out, <out> in the plugin"
                        + " configuration or `out` in the config file): it must name the directory that holds those"
                        + " migrations, by default ./migrations. Nothing was changed.");
    }
}
