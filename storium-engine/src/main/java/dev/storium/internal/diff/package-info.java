/**
 * The diff between two schema models: {@link dev.storium.internal.diff.SchemaChange} records, ordered so that they
 * can be applied one after another, each knowing whether it loses data.
 */
package dev.storium.internal.diff;
