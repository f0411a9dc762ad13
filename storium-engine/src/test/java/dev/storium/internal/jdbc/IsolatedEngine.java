package dev.storium.internal.jdbc;

import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The engine loaded again in a class loader of its own, beside the test's: its classes, the libraries the runtime
 * needs, and only the JDBC drivers named. JDBC's {@code DriverManager} hands a caller only the drivers its class loader
 * can see, so the drivers of the test's own class path stay invisible to it, as in an application without them.
 */
final class IsolatedEngine implements AutoCloseable {
    /** One class of each library the runtime pool needs besides the engine: SLF4J, HikariCP, jOOQ. */
    private static final List<String> RUNTIME =
            List.of("org.slf4j.Logger", "com.zaxxer.hikari.HikariConfig", "org.jooq.SQLDialect");

    private final URLClassLoader loader;

    /** An engine with the drivers whose classes are named (such as {@code org.postgresql.Driver}), and no other. */
    IsolatedEngine(String... driverClasses) {
        List<URL> urls = new ArrayList<>();
        urls.add(location(Drivers.class.getName())); // the engine's classes
        urls.add(location(IsolatedProbe.class.getName())); // the probe
        RUNTIME.forEach(name -> urls.add(location(name)));
        for (String driver : driverClasses) {
            urls.add(location(driver));
        }
        loader = new URLClassLoader("isolated-engine", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** Runs {@link IsolatedProbe} in this engine: {@code action} on a database of {@code dialect} at {@code url}. */
    @SuppressWarnings("unchecked")
    String probe(String action, String dialect, String url) throws ReflectiveOperationException {
        Function<List<String>, String> probe = (Function<List<String>, String>)
                loader.loadClass(IsolatedProbe.class.getName()).getConstructor().newInstance();
        return probe.apply(List.of(action, dialect, url));
    }

    @Override
    public void close() throws Exception {
        loader.close();
    }

    private static URL location(String className) {
        try {
            Class<?> type = Class.forName(className, false, IsolatedEngine.class.getClassLoader());
            return Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toUri()
                    .toURL();
        } catch (ClassNotFoundException | URISyntaxException | MalformedURLException e) {
            throw new IllegalStateException("Cannot find the class path entry of " + className, e);
        }
    }
}
