/** JDBC plumbing shared by the goals that talk to a database: opening a connection with a clear error. */
package dev.storium.internal.jdbc;
