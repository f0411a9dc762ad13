/**
 * What drizzle-orm and drizzle-kit leave behind, read for {@code storium:adopt}: the migrations folder
 * ({@link dev.storium.internal.drizzle.DrizzleFolder}: {@code meta/_journal.json}, the SQL files and their SHA-256 as the
 * drizzle migrator computes it), the history table {@code __drizzle_migrations}
 * ({@link dev.storium.internal.drizzle.DrizzleHistory}), and a drizzle-kit snapshot converted into Storium's schema
 * model ({@link dev.storium.internal.drizzle.DrizzleSnapshot}), each thing that cannot be converted named.
 */
package dev.storium.internal.drizzle;
