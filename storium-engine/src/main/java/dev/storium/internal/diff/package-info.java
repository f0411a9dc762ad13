/**
 * The diff between two schema models: {@link dev.storium.internal.diff.Differ} turns them into
 * {@link dev.storium.internal.diff.SchemaChange} records, ordered so that they can be applied one after another, each
 * knowing whether it loses data; {@link dev.storium.internal.diff.DataLossGuard} refuses the risky ones unless allowed,
 * and {@link dev.storium.internal.diff.MigrationNames} names the migration file after them.
 */
package dev.storium.internal.diff;
