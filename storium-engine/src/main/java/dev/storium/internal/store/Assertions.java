package dev.storium.internal.store;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.store.Assertion;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The named assertions a column's {@code validate} may use: the seven built-ins, then those of the {@code assertions}
 * setting, which replace a built-in of the same name.
 */
public final class Assertions {
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern URL = Pattern.compile("(?i)(https?://|//)\\S+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private static final Map<String, String> PHRASES = Map.of(
            "is_email", "must be an email address",
            "is_url", "must be a URL (http, https or //)",
            "is_numeric", "must be numeric",
            "is_uuid", "must be a UUID",
            "is_boolean", "must be a boolean",
            "is_integer", "must be an integer",
            "not_empty", "must not be empty");

    private final Map<String, Assertion> byName;
    private final Map<String, String> phrases;

    private Assertions(Map<String, Assertion> byName, Map<String, String> phrases) {
        this.byName = Map.copyOf(byName);
        this.phrases = Map.copyOf(phrases);
    }

    /** Only the built-ins. */
    public static Assertions builtIns() {
        return new Assertions(builtInMap(), PHRASES);
    }

    /**
     * The built-ins plus the configured assertions, each class loaded through the thread's context class loader and
     * made once; fails with {@link ErrorCode#CONFIG} naming the setting when a class is missing or unfit.
     */
    public static Assertions load(Map<String, String> configured) {
        Map<String, Assertion> all = builtInMap();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = Assertions.class.getClassLoader();
        }
        Map<String, String> phrases = new LinkedHashMap<>(PHRASES);
        for (Map.Entry<String, String> entry : new java.util.TreeMap<>(configured).entrySet()) {
            all.put(entry.getKey(), instantiate(entry.getKey(), entry.getValue(), loader));
            phrases.remove(entry.getKey());
        }
        return new Assertions(all, phrases);
    }

    private static Assertion instantiate(String name, String className, ClassLoader loader) {
        String setting = "assertions." + name + " = " + className;
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "The assertion class of `" + setting + "` cannot be loaded: " + e.getMessage()
                            + ". Fix: name a compiled class on the classpath by its fully qualified name.");
        }
        if (!Assertion.class.isAssignableFrom(type)) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "The assertion class of `" + setting + "` does not implement " + Assertion.class.getName()
                            + ". Fix: implement that interface (boolean test(Object value)).");
        }
        try {
            return (Assertion) type.getConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "The assertion class of `" + setting + "` cannot be made: it needs to be a public, non-abstract"
                            + " class with a public no-argument constructor ("
                            + e.getClass().getSimpleName() + ")."
                            + " Fix: add that constructor.");
        } catch (InvocationTargetException e) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "The constructor of the assertion class of `" + setting + "` failed: " + e.getCause()
                            + ". Fix: make the constructor succeed.",
                    e.getCause());
        }
    }

    /** The assertion of that name, if there is one. */
    public Optional<Assertion> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** What a failure of the named assertion says after the field name: "must be an email address". */
    public String phrase(String name) {
        return phrases.getOrDefault(name, "failed the `" + name + "` assertion");
    }

    /** Every name, sorted, for messages. */
    public String names() {
        return String.join(", ", new TreeSet<>(byName.keySet()));
    }

    private static Map<String, Assertion> builtInMap() {
        Map<String, Assertion> builtIns = new LinkedHashMap<>();
        builtIns.put(
                "is_email",
                v -> v instanceof CharSequence
                        && EMAIL.matcher((CharSequence) v).matches());
        builtIns.put(
                "is_url",
                v -> v instanceof CharSequence && URL.matcher((CharSequence) v).matches());
        builtIns.put("is_numeric", Assertions::isNumeric);
        builtIns.put(
                "is_uuid",
                v -> v instanceof java.util.UUID || v instanceof CharSequence && Values.isUuidText(v.toString()));
        builtIns.put("is_boolean", v -> v instanceof Boolean);
        builtIns.put("is_integer", Assertions::isInteger);
        builtIns.put("not_empty", Assertions::notEmpty);
        return builtIns;
    }

    private static boolean isNumeric(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return !Double.isNaN(((Number) value).doubleValue());
        }
        if (value instanceof Number) {
            return true;
        }
        return value instanceof CharSequence
                && NUMBER.matcher(value.toString().strip()).matches();
    }

    private static boolean isInteger(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return true;
        }
        if (value instanceof BigInteger) {
            return true;
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).stripTrailingZeros().scale() <= 0;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return !Double.isInfinite(d) && d == Math.rint(d);
        }
        return false;
    }

    private static boolean notEmpty(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof CharSequence) {
            return !value.toString().isBlank();
        }
        if (value instanceof Collection) {
            return !((Collection<?>) value).isEmpty();
        }
        if (value instanceof Map) {
            return !((Map<?, ?>) value).isEmpty();
        }
        return true;
    }
}
