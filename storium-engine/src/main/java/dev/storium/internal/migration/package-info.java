/**
 * The migrations directory in drizzle-kit's layout: numbered SQL files, the journal that lists them and one JSON
 * snapshot of the schema model per migration, chained by id, plus the sum file {@code meta/storium.sum} that records
 * their hashes in a chain. Reading validates the whole directory before anything trusts it; writing the next migration
 * goes through temporary files so that a failure leaves the directory as it was.
 */
package dev.storium.internal.migration;
