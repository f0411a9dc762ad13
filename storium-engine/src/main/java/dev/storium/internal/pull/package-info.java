/**
 * {@code storium:pull}: a live database, read through the catalog package, written as Java source of the schema DSL
 * (tables, enums, views, sequences), with the baseline migration that creates it.
 */
package dev.storium.internal.pull;
