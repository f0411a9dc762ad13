/** Storium in Spring Boot Actuator: the health indicator and the {@code storium} endpoint. */
package dev.storium.spring.actuate;
