package dev.storium.internal.seed;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.scan.ClassFilter;
import dev.storium.seed.Seed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Loads the seeds listed in {@code META-INF/services/dev.storium.seed.Seed}: only the classes the {@code seeds}
 * patterns accept are instantiated; the seeds come back in name order (then class name).
 */
final class SeedLoader {
    static final String SERVICE_FILE = "META-INF/services/" + Seed.class.getName();

    private SeedLoader() {}

    /** The listed seed classes and the seeds made of those the filter accepts. */
    record Loaded(List<String> listed, List<Seed> seeds) {
        Loaded {
            listed = List.copyOf(listed);
            seeds = List.copyOf(seeds);
        }
    }

    static Loaded load(ClassLoader loader, ClassFilter filter) {
        List<String> listed = new ArrayList<>();
        List<Seed> seeds = new ArrayList<>();
        try {
            for (ServiceLoader.Provider<Seed> provider : (Iterable<ServiceLoader.Provider<Seed>>)
                    ServiceLoader.load(Seed.class, loader).stream()::iterator) {
                String className = provider.type().getName();
                listed.add(className);
                if (filter.matches(className)) {
                    seeds.add(provider.get());
                }
            }
        } catch (ServiceConfigurationError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "A seed listed in " + SERVICE_FILE + " could not be loaded: " + e.getMessage()
                            + (cause != e ? " (" + cause + ")" : "") + ". Fix: list fully qualified names of public"
                            + " classes that implement " + Seed.class.getName() + " and have a public no-argument"
                            + " constructor, and compile the project (mvn compile).",
                    cause);
        }
        seeds.sort(Comparator.comparing(SeedLoader::nameOf)
                .thenComparing(s -> s.getClass().getName()));
        return new Loaded(listed, seeds);
    }

    /** The seed's name, refusing a blank one. */
    static String nameOf(Seed seed) {
        String name = seed.name();
        if (name == null || name.isBlank()) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "Seed " + seed.getClass().getName() + " has no name (name() returned "
                            + (name == null ? "null" : "'" + name + "'") + "). Fix: return a name such as"
                            + " 001_users, or drop the override to use the class's simple name.");
        }
        return name;
    }
}
