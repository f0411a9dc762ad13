/**
 * Migrate across processes: separate JVMs started at one moment migrate one database, and a JVM killed with SIGKILL in
 * the middle of a migration leaves no lock behind; with the launcher, start barrier and fixtures those tests need.
 */
package dev.storium.concurrency;
