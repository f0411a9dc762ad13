package dev.storium.store;

/** A user assertion that replaces the built-in {@code is_url}: only https addresses pass. */
public class HttpsOnly implements Assertion {
    @Override
    public boolean test(Object value) {
        return value instanceof String && ((String) value).startsWith("https://");
    }
}
