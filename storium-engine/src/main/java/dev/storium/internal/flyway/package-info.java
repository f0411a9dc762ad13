/**
 * What Flyway leaves behind, read for {@code storium:adopt}: its history table {@code flyway_schema_history}
 * ({@link dev.storium.internal.flyway.FlywayHistory}), the checksum it records for a SQL migration
 * ({@link dev.storium.internal.flyway.FlywayChecksum}), and each applied row verified against its {@code V<n>__<name>.sql}
 * file ({@link dev.storium.internal.flyway.FlywayApplied}).
 */
package dev.storium.internal.flyway;
