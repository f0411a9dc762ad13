/**
 * SQL rendering and execution: one package-private renderer per dialect turns schema changes into statements that
 * run on that database (SQLite table rebuilds included), {@link dev.storium.internal.sql.SqlTypes} gives the SQL
 * type each renderer writes for a column, and {@link dev.storium.internal.sql.ScriptExecutor} runs one file's
 * statements with the transaction rules of its database.
 */
package dev.storium.internal.sql;
