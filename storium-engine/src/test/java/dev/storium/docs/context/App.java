package dev.storium.docs.context;

/** The application class whose class loader the docs hand to {@code SchemaSource.of}. */
public final class App {
    private App() {}
}
