package dev.storium.internal.migrate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A view of a connection that runs an action on the real connection just before each {@code commit()}: this is how
 * the history row joins the transaction in which {@link dev.storium.internal.sql.ScriptExecutor} runs a file, without
 * that executor knowing about history. Every other call goes straight to the real connection.
 */
final class CommitHook {
    /** What runs inside the transaction, before it commits; a failure rolls the whole file back. */
    @FunctionalInterface
    interface BeforeCommit {
        void run(Connection connection) throws SQLException;
    }

    private CommitHook() {}

    /** {@code target}, running {@code action} before each commit. */
    static Connection wrap(Connection target, BeforeCommit action) {
        return (Connection) Proxy.newProxyInstance(
                CommitHook.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if ("commit".equals(method.getName()) && method.getParameterCount() == 0) {
                        action.run(target);
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
