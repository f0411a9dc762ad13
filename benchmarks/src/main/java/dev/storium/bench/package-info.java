/**
 * The benchmarks of docs/performance.md: each case runs Storium and its peer alternately on the same machine and
 * database, and {@link dev.storium.bench.Report} prints and writes the medians and ratios. {@link dev.storium.bench.Bench}
 * is the one command's main class.
 */
package dev.storium.bench;
