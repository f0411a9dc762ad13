/**
 * Stores: live CRUD access to Storium tables with the validation pipeline. {@code Storium.connect(config)} gives an
 * instance whose {@code defineStore(TABLE)} returns a {@link dev.storium.store.Store}, and whose
 * {@code register(definition)} makes a {@link dev.storium.store.StoreDefinition} with custom queries live. Rows are
 * {@link dev.storium.store.Row} maps keyed by DSL key; invalid input throws one
 * {@link dev.storium.store.ValidationException} listing every {@link dev.storium.store.FieldError}; named checks are
 * {@link dev.storium.store.Assertion}s.
 */
package dev.storium.store;
