/** Maven goals of Storium; each gathers its parameters into a configuration and calls one engine method. */
package dev.storium.maven;
