package dev.storium.schema;

import java.util.List;
import java.util.Objects;

/**
 * The inputs of a table definition as the user wrote them, before any rule is applied.
 *
 * @param name the table name
 * @param renamedFrom the previous table name, or null
 * @param columns the columns as written, without the automatic timestamps
 * @param indexes the indexes as written
 * @param checks the table-level check constraints as written
 * @param primaryKey the keys given to {@code .primaryKey(...)}, or null when not called
 * @param access the table-level access flags
 * @param timestamps whether {@code createdAt} / {@code updatedAt} are added
 * @param comment the table's comment, or null
 */
record TableSpec(
        String name,
        String renamedFrom,
        List<ColumnDef> columns,
        List<IndexDef> indexes,
        List<CheckDef> checks,
        List<String> primaryKey,
        Access access,
        boolean timestamps,
        String comment) {

    TableSpec {
        Objects.requireNonNull(name, "table name");
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
        primaryKey = primaryKey == null ? null : List.copyOf(primaryKey);
        Objects.requireNonNull(access, "access");
    }

    TableSpec withRenamedFrom(String oldName) {
        return new TableSpec(name, oldName, columns, indexes, checks, primaryKey, access, timestamps, comment);
    }

    TableSpec withColumns(List<ColumnDef> newColumns) {
        return new TableSpec(name, renamedFrom, newColumns, indexes, checks, primaryKey, access, timestamps, comment);
    }

    TableSpec withIndexes(List<IndexDef> newIndexes) {
        return new TableSpec(name, renamedFrom, columns, newIndexes, checks, primaryKey, access, timestamps, comment);
    }

    TableSpec withChecks(List<CheckDef> newChecks) {
        return new TableSpec(name, renamedFrom, columns, indexes, newChecks, primaryKey, access, timestamps, comment);
    }

    TableSpec withPrimaryKey(List<String> keys) {
        return new TableSpec(name, renamedFrom, columns, indexes, checks, keys, access, timestamps, comment);
    }

    TableSpec withAccess(Access newAccess) {
        return new TableSpec(name, renamedFrom, columns, indexes, checks, primaryKey, newAccess, timestamps, comment);
    }

    TableSpec withTimestamps(boolean on) {
        return new TableSpec(name, renamedFrom, columns, indexes, checks, primaryKey, access, on, comment);
    }

    TableSpec withComment(String text) {
        return new TableSpec(name, renamedFrom, columns, indexes, checks, primaryKey, access, timestamps, text);
    }
}
