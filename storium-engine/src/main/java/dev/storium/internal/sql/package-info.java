/** SQL rendering: one renderer per dialect turns schema changes into statements that run on that database. */
package dev.storium.internal.sql;
