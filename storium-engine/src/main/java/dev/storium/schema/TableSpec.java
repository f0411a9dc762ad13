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
 * @param foreignKeys the table-level foreign keys as written
 * @param primaryKey the keys given to {@code .primaryKey(...)}, or null when not called
 * @param access the table-level access flags
 * @param timestamps whether {@code createdAt} / {@code updatedAt} are added
 * @param comment the table's comment, or null
 * @param uniques the unique constraints as written
 */
record TableSpec(
        String name,
        String renamedFrom,
        List<ColumnDef> columns,
        List<IndexDef> indexes,
        List<CheckDef> checks,
        List<ForeignKeyDef> foreignKeys,
        List<String> primaryKey,
        Access access,
        boolean timestamps,
        String comment,
        List<UniqueDef> uniques) {

    TableSpec {
        Objects.requireNonNull(name, "table name");
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
        foreignKeys = List.copyOf(foreignKeys);
        primaryKey = primaryKey == null ? null : List.copyOf(primaryKey);
        Objects.requireNonNull(access, "access");
        uniques = List.copyOf(uniques);
    }

    TableSpec withRenamedFrom(String oldName) {
        return new TableSpec(
                name, oldName, columns, indexes, checks, foreignKeys, primaryKey, access, timestamps, comment, uniques);
    }

    TableSpec withColumns(List<ColumnDef> newColumns) {
        return new TableSpec(
                name,
                renamedFrom,
                newColumns,
                indexes,
                checks,
                foreignKeys,
                primaryKey,
                access,
                timestamps,
                comment,
                uniques);
    }

    TableSpec withIndexes(List<IndexDef> newIndexes) {
        return new TableSpec(
                name,
                renamedFrom,
                columns,
                newIndexes,
                checks,
                foreignKeys,
                primaryKey,
                access,
                timestamps,
                comment,
                uniques);
    }

    TableSpec withChecks(List<CheckDef> newChecks) {
        return new TableSpec(
                name,
                renamedFrom,
                columns,
                indexes,
                newChecks,
                foreignKeys,
                primaryKey,
                access,
                timestamps,
                comment,
                uniques);
    }

    TableSpec withForeignKeys(List<ForeignKeyDef> newKeys) {
        return new TableSpec(
                name, renamedFrom, columns, indexes, checks, newKeys, primaryKey, access, timestamps, comment, uniques);
    }

    TableSpec withUniques(List<UniqueDef> newUniques) {
        return new TableSpec(
                name,
                renamedFrom,
                columns,
                indexes,
                checks,
                foreignKeys,
                primaryKey,
                access,
                timestamps,
                comment,
                newUniques);
    }

    TableSpec withPrimaryKey(List<String> keys) {
        return new TableSpec(
                name, renamedFrom, columns, indexes, checks, foreignKeys, keys, access, timestamps, comment, uniques);
    }

    TableSpec withAccess(Access newAccess) {
        return new TableSpec(
                name,
                renamedFrom,
                columns,
                indexes,
                checks,
                foreignKeys,
                primaryKey,
                newAccess,
                timestamps,
                comment,
                uniques);
    }

    TableSpec withTimestamps(boolean on) {
        return new TableSpec(
                name, renamedFrom, columns, indexes, checks, foreignKeys, primaryKey, access, on, comment, uniques);
    }

    TableSpec withComment(String text) {
        return new TableSpec(
                name,
                renamedFrom,
                columns,
                indexes,
                checks,
                foreignKeys,
                primaryKey,
                access,
                timestamps,
                text,
                uniques);
    }
}
