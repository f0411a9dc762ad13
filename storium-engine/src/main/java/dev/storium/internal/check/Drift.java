package dev.storium.internal.check;

import dev.storium.config.Dialect;
import dev.storium.error.StoriumException;
import dev.storium.internal.diff.Differ;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.diff.Widening;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.DefaultValue;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Sequence;
import dev.storium.internal.model.View;
import dev.storium.internal.sql.SqlRenderer;
import dev.storium.result.Finding;
import dev.storium.result.Finding.Section;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Drift: the live schema differs from the snapshot of the last applied migration, because someone altered the
 * database by hand. Each difference is one finding per table, column, index or key, saying what the migrations expect
 * and what the database has; the fix shows the statements that bring the database back.
 */
final class Drift implements SchemaChange.Visitor<Finding> {
    private final String expectedBy;
    private final String fix;

    private Drift(String expectedBy, String fix) {
        this.expectedBy = expectedBy;
        this.fix = fix;
    }

    /** One finding per difference between {@code live} and {@code expected}, the schema after {@code tag}. */
    static List<Finding> findings(Dialect dialect, SchemaModel live, SchemaModel expected, String tag) {
        List<SchemaChange> changes = Differ.diff(live, expected);
        if (changes.isEmpty()) {
            return List.of();
        }
        String expectedBy = tag == null ? "the migrations (none applied)" : "the migrations (up to " + tag + ")";
        Drift drift = new Drift(expectedBy, fix(dialect, changes, live, expected, tag));
        return changes.stream()
                .map(change -> change.accept(drift))
                .filter(Objects::nonNull)
                .collect(Collectors.toList());
    }

    private static String fix(
            Dialect dialect, List<SchemaChange> changes, SchemaModel live, SchemaModel expected, String tag) {
        String undo;
        try {
            undo = SqlRenderer.of(dialect).render(changes, live, expected).stream()
                    .map(statement -> "\n  " + statement + ";")
                    .collect(Collectors.joining());
        } catch (StoriumException e) {
            undo = "\n  (no statements: " + e.getMessage() + ")";
        }
        return "undo the manual change, bringing the database back to "
                + (tag == null ? "an empty schema" : tag) + " with:" + undo
                + "\nor, if the change is wanted, make it in the table definitions, run mvn storium:generate and"
                + " migrate (the new migration must then match what the database has).";
    }

    private Finding finding(String subject, String fact) {
        return new Finding(Section.DRIFT, subject, fact, fix);
    }

    @Override
    public Finding visit(SchemaChange.CreateTable change) {
        String table = change.table();
        return finding(table, "table " + table + ": " + expectedBy + " expect it, the database does not have it");
    }

    @Override
    public Finding visit(SchemaChange.DropTable change) {
        String table = change.table();
        return finding(table, "table " + table + ": the database has it, " + expectedBy + " do not create it");
    }

    @Override
    public Finding visit(SchemaChange.RenameTable change) {
        return finding(
                change.to(),
                "table " + change.to() + ": " + expectedBy + " expect it, the database has it as " + change.from());
    }

    @Override
    public Finding visit(SchemaChange.AddColumn change) {
        String column = change.table() + "." + change.column().name();
        return finding(
                column,
                "column " + column + ": " + expectedBy + " expect " + text(change.column())
                        + ", the database does not have it");
    }

    @Override
    public Finding visit(SchemaChange.DropColumn change) {
        String column = change.table() + "." + change.column().name();
        return finding(
                column,
                "column " + column + ": the database has it (" + text(change.column()) + "), " + expectedBy
                        + " do not");
    }

    @Override
    public Finding visit(SchemaChange.RenameColumn change) {
        String column = change.table() + "." + change.to();
        return finding(
                column, "column " + column + ": " + expectedBy + " expect it, the database has it as " + change.from());
    }

    @Override
    public Finding visit(SchemaChange.AlterColumn change) {
        String column = change.table() + "." + change.to().name();
        return finding(
                column,
                "column " + column + ": " + expectedBy + " expect " + text(change.to()) + ", the database has "
                        + text(change.from()));
    }

    @Override
    public Finding visit(SchemaChange.AlterPrimaryKey change) {
        return finding(
                change.table(),
                "primary key of " + change.table() + ": " + expectedBy + " expect " + change.to()
                        + ", the database has " + change.from());
    }

    @Override
    public Finding visit(SchemaChange.CreateIndex change) {
        return finding(
                change.table(),
                text(change.index()) + " on " + change.table() + ": " + expectedBy
                        + " expect it, the database does not have it");
    }

    @Override
    public Finding visit(SchemaChange.DropIndex change) {
        return finding(
                change.table(),
                text(change.index()) + " on " + change.table() + ": the database has it, " + expectedBy + " do not");
    }

    @Override
    public Finding visit(SchemaChange.AddForeignKey change) {
        return finding(
                change.table(),
                "foreign key " + change.foreignKey().name() + " on " + change.table() + ": " + expectedBy
                        + " expect it, the database does not have it");
    }

    @Override
    public Finding visit(SchemaChange.DropForeignKey change) {
        return finding(
                change.table(),
                "foreign key " + change.foreignKey().name() + " on " + change.table() + ": the database has it, "
                        + expectedBy + " do not");
    }

    @Override
    public Finding visit(SchemaChange.AddCheck change) {
        String subject = "check " + change.check().name() + " on " + change.table();
        String has = change.replaces() == null
                ? "the database does not have it"
                : "the database has (" + change.replaces().expression() + ")";
        return finding(
                change.table(),
                subject + ": " + expectedBy + " expect (" + change.check().expression() + "), " + has);
    }

    /** Nothing for a check the list adds back: its {@code AddCheck} tells both conditions. */
    @Override
    public Finding visit(SchemaChange.DropCheck change) {
        if (change.replaced()) {
            return null;
        }
        return finding(
                change.table(),
                "check " + change.check().name() + " on " + change.table() + ": the database has it ("
                        + change.check().expression() + "), " + expectedBy + " do not");
    }

    @Override
    public Finding visit(SchemaChange.RenameIndex change) {
        return finding(
                change.table(),
                "index " + change.to().name() + " on " + change.table() + ": " + expectedBy
                        + " expect it, the database has it as " + change.from().name());
    }

    @Override
    public Finding visit(SchemaChange.RenameCheck change) {
        return finding(
                change.table(),
                "check " + change.to().name() + " on " + change.table() + ": " + expectedBy
                        + " expect it, the database has it as " + change.from().name());
    }

    @Override
    public Finding visit(SchemaChange.CommentTable change) {
        return finding(
                change.table(),
                "comment of table " + change.table() + ": " + expectedBy + " expect " + text(change.to())
                        + ", the database has " + text(change.from()));
    }

    @Override
    public Finding visit(SchemaChange.CommentColumn change) {
        String column = change.table() + "." + change.to().name();
        return finding(
                column,
                "comment of column " + column + ": " + expectedBy + " expect "
                        + text(change.to().comment()) + ", the database has "
                        + text(change.from().comment()));
    }

    /** The view missing or its query changed; nothing for a view only created again around a table change. */
    @Override
    public Finding visit(SchemaChange.CreateView change) {
        String subject = kind(change.view()) + change.view().name();
        View had = change.replaces();
        if (had == null) {
            return finding(
                    change.view().name(), subject + ": " + expectedBy + " expect it, the database does not have it");
        }
        if (had.sameQuery(change.view())) {
            return null;
        }
        return finding(
                change.view().name(),
                subject + ": " + expectedBy + " expect " + kind(change.view()) + "(" + query(change.view()) + ")"
                        + ", the database has " + kind(had) + "(" + query(had) + ")");
    }

    /** Nothing for a view the list creates again: its {@code CreateView} tells both queries. */
    @Override
    public Finding visit(SchemaChange.DropView change) {
        if (change.replaced()) {
            return null;
        }
        return finding(
                change.view().name(),
                kind(change.view()) + change.view().name() + ": the database has it, " + expectedBy + " do not");
    }

    @Override
    public Finding visit(SchemaChange.CreateSequence change) {
        return finding(
                change.table(),
                "sequence " + change.table() + ": " + expectedBy + " expect it, the database does not have it");
    }

    @Override
    public Finding visit(SchemaChange.AlterSequence change) {
        return finding(
                change.table(),
                "sequence " + change.table() + ": " + expectedBy + " expect " + text(change.to()) + ", the database"
                        + " has " + text(change.from()));
    }

    @Override
    public Finding visit(SchemaChange.DropSequence change) {
        return finding(
                change.table(),
                "sequence " + change.table() + ": the database has it (" + text(change.sequence()) + "), " + expectedBy
                        + " do not");
    }

    /** None: the objects expected in the missing schema are each found missing. */
    @Override
    public Finding visit(SchemaChange.CreateSchema change) {
        return null;
    }

    private static String text(Sequence sequence) {
        return "start " + sequence.start() + " increment " + sequence.increment();
    }

    private static String kind(View view) {
        return view.materialized() ? "materialized view " : "view ";
    }

    /** A view's query as people read it: on one line, cut after 120 characters. */
    private static String query(View view) {
        String text = view.definition().replaceAll("\\s+", " ").strip();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    /** A comment as people read it: quoted, cut after 60 characters, or {@code none}. */
    static String text(String comment) {
        if (comment == null) {
            return "none";
        }
        return "\"" + (comment.length() > 60 ? comment.substring(0, 57) + "..." : comment) + "\"";
    }

    /** A column as people read it, such as {@code varchar(255) collate utf8mb4_bin not null default 'draft'}. */
    static String text(Column column) {
        StringBuilder text = new StringBuilder(Widening.typeText(column));
        if (column.collation() != null) {
            text.append(" collate ").append(column.collation());
        }
        if (column.notNull()) {
            text.append(" not null");
        }
        DefaultValue value = column.defaultValue();
        if (value != null) {
            text.append(" default ")
                    .append(
                            value.kind() == DefaultValue.Kind.LITERAL
                                    ? "'" + value.literal() + "'"
                                    : value.kind().name().toLowerCase(Locale.ROOT));
        }
        return text.toString();
    }

    private static String text(Index index) {
        return index.summary();
    }

    @Override
    public Finding visit(SchemaChange.CreateEnum change) {
        return null; // the columns of the enum are findings of their own
    }

    @Override
    public Finding visit(SchemaChange.AlterEnum change) {
        String name = change.to().name();
        return finding(
                "enum " + name,
                "enum " + name + ": " + expectedBy + " expect the values "
                        + change.to().values() + ", the database has "
                        + change.from().values());
    }

    @Override
    public Finding visit(SchemaChange.DropEnum change) {
        String name = change.enumType().name();
        return finding("enum " + name, "enum " + name + ": the database has it, " + expectedBy + " do not create it");
    }
}
