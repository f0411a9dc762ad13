/**
 * Finds table definitions in compiled classes: ClassGraph reads the class files under the project's class roots
 * without loading them, a glob filter over class names narrows them down, and only the classes that declare a public
 * static {@code TableDef} field are loaded and initialised.
 */
package dev.storium.internal.scan;
