/**
 * The entry point of Storium: {@link dev.storium.Storium}, one static method per goal, and {@link
 * dev.storium.StoriumInstance}, a connected database with its stores and transactions. What the methods take is in
 * {@code dev.storium.options} and {@code dev.storium.config}, what they return in {@code dev.storium.result}, what
 * they throw in {@code dev.storium.error}.
 */
package dev.storium;
