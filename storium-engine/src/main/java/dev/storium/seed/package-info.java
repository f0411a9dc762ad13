/**
 * Seeds: the {@link dev.storium.seed.Seed} interface a project implements to fill a database with data, and the
 * {@link dev.storium.seed.SeedContext} it works with.
 */
package dev.storium.seed;
