/** {@code storium:push}: diffs the live database, read through the catalog package, against the code and applies it. */
package dev.storium.internal.push;
