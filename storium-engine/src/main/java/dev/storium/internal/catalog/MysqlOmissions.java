package dev.storium.internal.catalog;

import static dev.storium.internal.catalog.Catalog.text;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What of a MySQL or MariaDB database the schema model cannot hold, read from {@code information_schema} for the
 * connection's database: triggers, stored procedures and functions, events, partitioned tables' partitions, and
 * {@code ON UPDATE} clauses of columns.
 */
final class MysqlOmissions {
    private final MysqlCatalog catalog;
    private final List<Omission> omissions = new ArrayList<>();

    MysqlOmissions(MysqlCatalog catalog) {
        this.catalog = catalog;
    }

    List<Omission> all() throws SQLException {
        for (Map<String, Object> row :
                catalog.rows("select table_name, column_name, extra from information_schema.columns"
                        + " where table_schema = database() and lower(extra) like '%on update%'"
                        + " order by table_name, ordinal_position")) {
            String extra = text(row, "extra");
            String clause =
                    extra.substring(extra.toLowerCase(java.util.Locale.ROOT).indexOf("on update"));
            omissions.add(new Omission(
                    text(row, "table_name"),
                    text(row, "column_name"),
                    "table " + text(row, "table_name") + ", column " + text(row, "column_name"),
                    "its " + clause.toUpperCase(java.util.Locale.ROOT) + " is left out: the schema model has no"
                            + " update-time value, so a database migrated from the code sets it only on insert; keep"
                            + " it in a custom migration (ALTER TABLE ... MODIFY the column with the clause)"));
        }
        for (Map<String, Object> row : catalog.rows("select table_name, partition_method, partition_expression,"
                + " count(*) as count, group_concat(partition_name order by partition_ordinal_position"
                + " separator ', ') as partitions from information_schema.partitions"
                + " where table_schema = database() and partition_name is not null"
                + " group by table_name, partition_method, partition_expression order by table_name")) {
            long count = ((Number) row.get("count")).longValue();
            String table = text(row, "table_name");
            add(
                    table,
                    "table " + table,
                    "is partitioned by " + text(row, "partition_method") + " (" + text(row, "partition_expression")
                            + ") into " + count + " partition" + (count == 1 ? "" : "s") + " ("
                            + text(row, "partitions") + "); it is read as one table, and its partitioning is not kept:"
                            + " keep it in a custom migration (ALTER TABLE ... PARTITION BY ...)");
        }
        for (Map<String, Object> row : catalog.rows("select trigger_name, event_object_table from"
                + " information_schema.triggers where trigger_schema = database() order by 2, 1")) {
            String table = text(row, "event_object_table");
            add(table, "trigger " + text(row, "trigger_name") + " on " + table, Omission.notKept("triggers"));
        }
        for (Map<String, Object> row : catalog.rows("select lower(routine_type) as kind, routine_name from"
                + " information_schema.routines where routine_schema = database() order by 2, 1")) {
            add(null, text(row, "kind") + " " + text(row, "routine_name"), Omission.notKept("functions or procedures"));
        }
        for (Map<String, Object> row : catalog.rows(
                "select event_name from information_schema.events where event_schema = database() order by 1")) {
            add(null, "event " + text(row, "event_name"), Omission.notKept("events"));
        }
        return omissions;
    }

    private void add(String table, String what, String reason) {
        omissions.add(Omission.of(table, what, reason));
    }
}
