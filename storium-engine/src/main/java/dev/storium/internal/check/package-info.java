/**
 * The check and status commands against everything at once: the code against the last snapshot, the migrations
 * directory, and a configured database (its history, its live schema, the pending migrations). Read only: they take
 * no lock and create nothing.
 */
package dev.storium.internal.check;
