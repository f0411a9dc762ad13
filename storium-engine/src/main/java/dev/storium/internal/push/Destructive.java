package dev.storium.internal.push;

import dev.storium.ErrorCode;
import dev.storium.StoriumException;
import dev.storium.config.Dialect;
import dev.storium.internal.diff.SchemaChange;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Predicate;

/**
 * Explains, in one line, why a change push refuses without force: it loses data (a drop, a narrowing), or it adds a
 * NOT NULL column without a default to a table that has rows. Null for a change that is safe. Check words the
 * destructive changes of pending migrations the same way.
 */
public final class Destructive implements SchemaChange.Visitor<String> {
    private final Predicate<String> hasRows;

    /** {@code hasRows} says whether the table of a name (as the code names it) holds rows now. */
    public Destructive(Predicate<String> hasRows) {
        this.hasRows = hasRows;
    }

    /** True when {@code table} of the connection's database holds a row. */
    public static boolean hasRows(Connection connection, Dialect dialect, String table) {
        String quoted = dialect == Dialect.MYSQL
                ? "`" + table.replace("`", "``") + "`"
                : "\"" + table.replace("\"", "\"\"") + "\"";
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1 FROM " + quoted + " LIMIT 1")) {
            return rows.next();
        } catch (SQLException e) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    "Could not tell whether table " + table + " holds rows: " + e.getMessage()
                            + ". Check the connection and run again.",
                    e);
        }
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
