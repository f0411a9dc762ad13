/**
 * What the {@link dev.storium.Storium} facade returns: one record per goal, each a {@link
 * dev.storium.result.GoalResult} (success, message, warnings, error), with the parts some of them carry ({@link
 * dev.storium.result.Finding}, {@link dev.storium.result.MigrationStatus}).
 */
package dev.storium.result;
