/**
 * Applying migration files: the history table, validation of files against it, the lock, one transaction per file
 * where the database allows, and the repair and baseline commands.
 */
package dev.storium.internal.migrate;
