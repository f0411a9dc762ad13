/**
 * Storium's Spring Boot auto-configuration: the configuration from {@code storium.*} and Storium's config file, the
 * migrations applied on the application's {@code DataSource} at start-up, and the {@code StoriumInstance} on it.
 */
package dev.storium.spring;
