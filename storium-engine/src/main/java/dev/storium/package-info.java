/** The entry point of Storium: the {@link dev.storium.Storium} facade, its results and its exceptions. */
package dev.storium;
