package dev.storium.config;

/**
 * One place configuration values come from, used to name that place in messages.
 *
 * @param kind the kind of source
 * @param label the file path as shown to the user (relative to the project directory when inside it); unused for
 *     the other kinds
 */
record Source(Kind kind, String label) {

    /** The kinds of source, highest precedence first. */
    enum Kind {
        PROPERTY,
        PLUGIN,
        FILE
    }

    static final Source PROPERTIES = new Source(Kind.PROPERTY, "-Dstorium.* properties");
    static final Source PLUGIN = new Source(Kind.PLUGIN, "the plugin configuration");

    static Source file(String label) {
        return new Source(Kind.FILE, label);
    }

    /** Names a key in this source: {@code key `pool.max` in storium.config.yaml}, or {@code -Dstorium.pool.max}. */
    String describe(String key) {
        if (kind == Kind.PROPERTY) {
            return "property -Dstorium." + key;
        }
        return "key `" + key + "` in " + label;
    }

    /** Names a key as the user writes it in this source: {@code -Dstorium.pool.max} or {@code `pool.max`}. */
    String spell(String key) {
        return kind == Kind.PROPERTY ? "-Dstorium." + key : "`" + key + "`";
    }
}
