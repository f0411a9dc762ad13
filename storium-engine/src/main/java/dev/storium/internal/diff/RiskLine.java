package dev.storium.internal.diff;

import java.util.function.Predicate;

/**
 * Explains in one line why a change is risky, or gives null for a safe one: a drop loses rows or values, a narrowing
 * cuts or rejects values, and a NOT NULL column without a default has no value for a table's existing rows. Generate's
 * data-loss guard, push and check word risks with it alike; push and check know whether a table holds rows, generate
 * assumes it may.
 */
public final class RiskLine implements SchemaChange.Visitor<String> {
    /** For generate, which has no database: any table may hold rows. */
    public static final RiskLine ASSUMING_ROWS = new RiskLine(table -> true);

    private final Predicate<String> hasRows;

    /** {@code hasRows} says whether the table of a name (as the code names it) holds rows now. */
    public RiskLine(Predicate<String> hasRows) {
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
        if (!change.narrowing()) {
            return null;
        }
        return "alter column " + change.table() + "." + change.to().name() + " from "
                + Widening.typeText(change.from()) + " to " + Widening.typeText(change.to())
                + ": a narrowing, values that do not fit are cut or rejected";
    }

    @Override
    public String visit(SchemaChange.AddColumn change) {
        return change.needsBackfill() && hasRows.test(change.table())
                ? change.describe() + ": NOT NULL without a default, and existing rows have no value for it"
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

    @Override
    public String visit(SchemaChange.AddCheck change) {
        return null;
    }

    @Override
    public String visit(SchemaChange.DropCheck change) {
        return null;
    }

    @Override
    public String visit(SchemaChange.RenameIndex change) {
        return null;
    }

    @Override
    public String visit(SchemaChange.RenameCheck change) {
        return null;
    }

    @Override
    public String visit(SchemaChange.CommentTable change) {
        return null;
    }

    @Override
    public String visit(SchemaChange.CommentColumn change) {
        return null;
    }

    @Override
    public String visit(SchemaChange.CreateEnum change) {
        return null;
    }

    /** None: a removed value is a narrowing of each column of the enum, which their {@code AlterColumn}s say. */
    @Override
    public String visit(SchemaChange.AlterEnum change) {
        return null;
    }

    @Override
    public String visit(SchemaChange.DropEnum change) {
        return null;
    }

    /** Nothing: a view holds no rows of its own. */
    @Override
    public String visit(SchemaChange.CreateView change) {
        return null;
    }

    /** Nothing: a view holds no rows of its own, and a materialized view's are computed again when it is created. */
    @Override
    public String visit(SchemaChange.DropView change) {
        return null;
    }

    @Override
    public String visit(SchemaChange.CreateSequence change) {
        return null;
    }

    @Override
    public String visit(SchemaChange.AlterSequence change) {
        return null;
    }

    /** The value the sequence has reached is lost: created again, it starts over. */
    @Override
    public String visit(SchemaChange.DropSequence change) {
        return change.describe() + ": the value it has reached is lost";
    }

    @Override
    public String visit(SchemaChange.CreateSchema change) {
        return null;
    }
}
