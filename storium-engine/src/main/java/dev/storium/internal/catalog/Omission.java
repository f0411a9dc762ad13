package dev.storium.internal.catalog;

/**
 * Something of a live database that the schema model cannot hold (a trigger, a routine, a domain's constraint, a
 * partition, MySQL's {@code ON UPDATE CURRENT_TIMESTAMP}), so that pull names it in a warning rather than drop it in
 * silence.
 *
 * @param table the table it belongs to (qualified in a named schema), or null for an object of its own
 * @param column the column it belongs to, or null for one of the table or of its own
 * @param what what it is, such as {@code trigger last_updated on actor}
 * @param reason what pull does with it and why, and where to keep it instead
 */
public record Omission(String table, String column, String what, String reason) {
    /** The warning pull prints: {@code what: reason}. */
    public String warning() {
        return what + ": " + reason;
    }

    /** One of an object of its own or of a table. */
    static Omission of(String table, String what, String reason) {
        return new Omission(table, null, what, reason);
    }

    /** What pull says of an object of a kind ({@code triggers}) the schema model has none of. */
    static String notKept(String kinds) {
        return "is not kept: the schema model has no " + kinds + ", so the code and migration 0000 leave it out;"
                + " keep it in a custom migration";
    }
}
