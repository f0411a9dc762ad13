/**
 * JDBC plumbing shared by the goals that talk to a database: finding the application's JDBC driver ({@code Drivers}),
 * opening a connection with a clear error ({@code Connections}), and jOOQ's start-up output kept quiet
 * ({@code JooqLogging}).
 */
package dev.storium.internal.jdbc;
