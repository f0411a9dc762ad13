/**
 * How stores talk to each database: the connection pool, the storage of each column type per dialect, values in
 * normal form, the validation pipeline and its assertions, filters and keys as jOOQ conditions, and the CRUD
 * implementation behind {@link dev.storium.store.Store}.
 */
package dev.storium.internal.store;
