/**
 * {@code storium:adopt}: which tool migrated the database ({@link dev.storium.internal.adopt.Adoption}), and the take
 * over from Flyway ({@link dev.storium.internal.adopt.FlywayAdopt}), which verifies Flyway's files and starts Storium's
 * directory from pull's baseline. The take over from drizzle is {@code internal.migrate.Adopt}.
 */
package dev.storium.internal.adopt;
