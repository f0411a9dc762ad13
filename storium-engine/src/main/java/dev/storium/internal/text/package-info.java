/** Text that many parts write alike: counted nouns, short hashes. No dependency on the rest of Storium. */
package dev.storium.internal.text;
