/**
 * Reading a live database into the schema model (jOOQ's catalog reader plus a normaliser per dialect) and pushing
 * the code's schema to it directly.
 */
package dev.storium.internal.push;
