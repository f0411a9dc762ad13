/**
 * The seed runner: loads the seeds listed as services, registers the project's stores in two phases (store
 * definitions, then CRUD-only stores for plain tables) and runs each seed in its own transaction.
 */
package dev.storium.internal.seed;
