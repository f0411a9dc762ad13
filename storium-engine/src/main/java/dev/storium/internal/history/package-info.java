/**
 * The history table: one row per applied migration file, found by tag and SHA-256; read by status, check, rebase and
 * push, written by migrate, repair and baseline. Nothing here knows the migration files.
 */
package dev.storium.internal.history;
