/**
 * The schema DSL: {@code defineTable("users").columns(...)} builds a {@link dev.storium.schema.TableDef}, a real jOOQ
 * table that also carries Storium's metadata.
 */
package dev.storium.schema;
