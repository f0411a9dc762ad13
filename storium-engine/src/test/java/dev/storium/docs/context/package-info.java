/**
 * What the docs' Java blocks refer to without defining it, because an earlier block of the tutorial did: the tables
 * {@code USERS}, {@code POSTS}, ... ({@link dev.storium.docs.context.DocTables}), the variables a block of statements
 * uses ({@link dev.storium.docs.context.DocContext}) and the classes {@code AppSchema}, {@code UserStore} and
 * {@code App}. Only compiled against, never run.
 */
package dev.storium.docs.context;
