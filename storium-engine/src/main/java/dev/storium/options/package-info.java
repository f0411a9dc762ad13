/**
 * What a caller passes to the {@link dev.storium.Storium} facade besides the configuration: where table definitions
 * are looked for ({@link dev.storium.options.SchemaSource}) and the options of each goal.
 */
package dev.storium.options;
