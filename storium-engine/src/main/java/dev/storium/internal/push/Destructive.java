package dev.storium.internal.push;

import dev.storium.internal.diff.SchemaChange;
import java.util.function.Predicate;

/**
 * Explains, in one line, why a change push refuses without force: it loses data (a drop, a narrowing), or it adds a
 * NOT NULL column without a default to a table that has rows. Null for a change that is safe.
 */
final class Destructive implements SchemaChange.Visitor<String> {
    private final Predicate<String> hasRows;

    /** {@code hasRows} says whether the table of a name (as the code names it) holds rows now. */
    Destructive(Predicate<String> hasRows) {
        this.hasRows = hasRows;
    }

    @Override
    public String visit(SchemaChange.DropTable change) {
        return change.describe() + ": its rows are deleted";
    }

    @Override
    public String visit(SchemaChange.DropColumn change) {
        return change.describe() + ": its values are deleted";
    }

    @Override
    public String visit(SchemaChange.AlterColumn change) {
        return change.losesData()
                ? change.describe() + ": a narrowing, values that do not fit are cut or rejected"
                : null;
    }

    @Override
    public String visit(SchemaChange.AddColumn change) {
        return change.needsBackfill() && hasRows.test(change.table())
                ? change.describe() + ": NOT NULL without a default, and the table's rows have no value for it"
                : null;
    }

    @Override
    public String visit(SchemaChange.CreateTable change) {
        return null;
    }

    @Override
    public String visit(SchemaChange.RenameTable change) {
        return null;
    }

    @Override
    public String visit(SchemaChange.RenameColumn change) {
        return null;
    }

    @Override
    public String visit(SchemaChange.AlterPrimaryKey change) {
        return null;
    }

    @Override
    public String visit(SchemaChange.CreateIndex change) {
        return null;
    }

    @Override
    public String visit(SchemaChange.DropIndex change) {
        return null;
    }

    @Override
    public String visit(SchemaChange.AddForeignKey change) {
        return null;
    }

    @Override
    public String visit(SchemaChange.DropForeignKey change) {
        return null;
    }
}
