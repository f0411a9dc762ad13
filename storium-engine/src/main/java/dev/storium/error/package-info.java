/**
 * What goes wrong: {@link dev.storium.error.StoriumException}, the one exception Storium throws, and the
 * {@link dev.storium.error.ErrorCode} that says whether the input or the environment is at fault.
 */
package dev.storium.error;
