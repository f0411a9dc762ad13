/** Configuration: the dialect, the database and the project layout, gathered from properties, plugin and file. */
package dev.storium.config;
