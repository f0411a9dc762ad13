package dev.storium.internal.migrate;

import dev.storium.internal.migration.Migration;
import dev.storium.internal.migration.MigrationSql;
import dev.storium.internal.migration.MigrationText;
import java.util.List;
import java.util.Objects;

/**
 * A migration file as migrate runs it: its statements, the SHA-256 of its text with line endings normalised, and
 * whether its first line opts out of the file's transaction.
 *
 * @param migration the migration of the directory
 * @param hash the lower-case hex SHA-256 of the text, CRLF and CR turned into LF first
 * @param noTransaction true when the first line is {@value #NO_TRANSACTION}
 * @param statements the statements, split at the breakpoint lines, without the directive line
 */
record Script(Migration migration, String hash, boolean noTransaction, List<String> statements) {
    /** The first-line directive that makes a file run statement by statement, outside a transaction. */
    static final String NO_TRANSACTION = "-- storium:no-transaction";

    Script {
        Objects.requireNonNull(migration, "migration");
        Objects.requireNonNull(hash, "hash");
        statements = List.copyOf(statements);
    }

    /**
     * Reads the file of {@code migration}; an unreadable file is an {@code IO} failure naming it, a file that is not
     * UTF-8 or holds git conflict markers a {@code MIGRATION_FOLDER} failure naming the line.
     */
    static Script read(Migration migration) {
        return of(migration, MigrationText.readSql(migration.sqlFile()));
    }

    /** The script for {@code migration} whose file holds {@code text}. */
    static Script of(Migration migration, String text) {
        String normalised = MigrationText.normalise(text);
        int end = normalised.indexOf('\n');
        String firstLine = (end < 0 ? normalised : normalised.substring(0, end)).strip();
        boolean noTransaction = firstLine.equalsIgnoreCase(NO_TRANSACTION);
        String body = noTransaction ? (end < 0 ? "" : normalised.substring(end + 1)) : normalised;
        return new Script(migration, MigrationText.hash(text), noTransaction, MigrationSql.split(body));
    }

    /** True when the file holds only the comment generate writes into a new custom migration: nothing to run yet. */
    boolean unwritten() {
        return statements.size() == 1 && statements.get(0).strip().equals(MigrationSql.CUSTOM_PLACEHOLDER);
    }

    String tag() {
        return migration.tag();
    }

    /** The file name, such as {@code 0001_add_posts.sql}. */
    String fileName() {
        return migration.sqlFile().getFileName().toString();
    }
}
