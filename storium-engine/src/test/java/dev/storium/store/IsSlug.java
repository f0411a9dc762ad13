package dev.storium.store;

/** A user assertion loaded from the {@code assertions} setting: lower-case words joined by hyphens. */
public class IsSlug implements Assertion {
    @Override
    public boolean test(Object value) {
        return value instanceof String && ((String) value).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
