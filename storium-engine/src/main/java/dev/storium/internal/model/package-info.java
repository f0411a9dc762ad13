/**
 * The dialect-neutral schema model that generate diffs: tables, columns, indexes and keys as immutable records, the
 * same shape whether it comes from code, from a snapshot file or (later) from a live database.
 */
package dev.storium.internal.model;
