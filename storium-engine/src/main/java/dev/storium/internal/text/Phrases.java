package dev.storium.internal.text;

import java.util.List;

/** The small phrases many reports share, written one way. */
public final class Phrases {
    private Phrases() {}

    /** {@code n} and the noun, plural unless {@code n} is one: "1 migration", "2 migrations", "3 classes". */
    public static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : plural(noun));
    }

    /** The English plural of a regular noun: "migrations", "classes", "entries". */
    public static String plural(String noun) {
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun + "es";
        }
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    /** The items as a sentence lists them: "a", "a and b", "a, b and c". */
    public static String and(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** The first 12 hex digits of a SHA-256, as messages show it: enough to tell two files apart at a glance. */
    public static String shortHash(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }
}
