/**
 * Reading a live database into the schema model: each dialect's catalog queried directly, then normalised (types,
 * defaults, identity, generated indexes, foreign-key actions) into the records the code and the snapshots produce, so
 * that one diff compares them. Used by push and by check's drift detection.
 */
package dev.storium.internal.catalog;
