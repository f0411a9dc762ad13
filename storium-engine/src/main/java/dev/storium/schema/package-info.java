/**
 * The schema DSL: {@code Schema.defineTable("users").columns(column(...), ...)} builds a
 * {@link dev.storium.schema.TableDef}, a real jOOQ table that also carries Storium's checked metadata
 * ({@link dev.storium.schema.TableMeta}). Builders ({@code ColumnDef}, {@code IndexDef}) only record what the user
 * wrote; the package-private rules classes check a whole definition at once and name the table and column of any
 * break.
 */
package dev.storium.schema;
