package org.cjengage.core.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the statements the application sends to the database while a piece of test code runs, on the thread
 * that runs it: every executed statement (a batch counts once), and what the driver sends for transactions
 * ({@code set autocommit} when it changes, {@code COMMIT}, {@code ROLLBACK}, a changed isolation level), and
 * the server-side prepare MariaDB's driver does when asked for parameter types; the rows read back; and the most
 * connections the thread held open at once (a read that asks the pool for a second connection while it holds the
 * first can wait for ever once every connection is held that way).
 * It wraps the DataSource bean of every test context ({@link TestSupportAutoConfiguration}); nothing is recorded
 * unless a test asks with {@link #count} or {@link #measure}.
 */
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<Recording> RECORDING = new ThreadLocal<>();

    /** What was sent: each entry is the SQL, or the transaction command, in order; and the rows read back. */
    public record Counts(List<String> statements, long executeNanos, long rows, int connectionsAtOnce,
                         List<Moment> moments) {

        public int total() {
            return statements.size();
        }

        /** Seconds spent waiting for the statements' execution (not counting reading their results). */
        public double executeSeconds() {
            return executeNanos / 1e9;
        }

        public long autocommitChanges() {
            return statements.stream().filter(s -> s.startsWith("set autocommit")).count();
        }

        /** Matching statements, e.g. {@code startingWith("INSERT")} (case-insensitive). */
        public long startingWith(String prefix) {
            String p = prefix.toLowerCase(Locale.ROOT);
            return statements.stream().filter(s -> s.strip().toLowerCase(Locale.ROOT).startsWith(p)).count();
        }

        @Override
        public String toString() {
            return total() + " statements (" + autocommitChanges() + " set autocommit): "
                    + String.join(" | ", statements.stream().map(s -> s.length() > 120 ? s.substring(0, 120) + "…" : s)
                    .toList());
        }
    }

    /** Something that happened on the recording thread ({@link #moment}) and how many connections it held then. */
    public record Moment(String what, int connectionsHeld) {
    }

    private static final class Recording {
        final List<String> statements = Collections.synchronizedList(new ArrayList<>());
        final List<Moment> moments = Collections.synchronizedList(new ArrayList<>());
        final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong rows = new java.util.concurrent.atomic.AtomicLong();
        int open;
        int mostOpen;

        void opened() {
            open++;
            mostOpen = Math.max(mostOpen, open);
        }

        void closed() {
            open--;
        }
    }

    /** Runs the work and returns what it sent to the database. */
    public static Counts count(Runnable work) {
        return measure(() -> {
            work.run();
            return null;
        }).counts();
    }

    /** The work's result with what it sent to the database. */
    public static <T> Measured<T> measure(Supplier<T> work) {
        Recording previous = RECORDING.get();
        Recording recording = new Recording();
        RECORDING.set(recording);
        try {
            T result = work.get();
            return new Measured<>(result, new Counts(List.copyOf(recording.statements), recording.nanos.get(),
                    recording.rows.get(), recording.mostOpen, List.copyOf(recording.moments)));
        } finally {
            if (previous == null) {
                RECORDING.remove();
            } else {
                RECORDING.set(previous);
            }
        }
    }

    public record Measured<T>(T result, Counts counts) {

        /** The work's result. */
        public T value() {
            return result;
        }

        /** Everything sent to the database: statements and transaction commands. */
        public long statements() {
            return counts.total();
        }

        /** Rows read back from the database. */
        public long rows() {
            return counts.rows();
        }

        /** The most connections the work held open at once. */
        public int connectionsAtOnce() {
            return counts.connectionsAtOnce();
        }

        /** The moments noted while the work ran ({@link #moment}), in order. */
        public List<Moment> moments() {
            return counts.moments();
        }
    }

    /**
     * Notes that {@code what} happens now on this thread, with the connections the thread holds at this moment, when
     * a recording runs (e.g. a password hash, which must not wait for its turn while holding a pooled connection).
     */
    public static void moment(String what) {
        Recording r = RECORDING.get();
        if (r != null) {
            r.moments.add(new Moment(what, r.open));
        }
    }

    private static void sent(String what) {
        Recording r = RECORDING.get();
        if (r != null) {
            r.statements.add(what);
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
            return new CountingDataSource(dataSource);
        }
        return bean;
    }

    static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }

        private static Connection connection(Connection target) {
            // Connections are taken and given back on the thread that records (a pool hands one to one thread).
            Recording r = RECORDING.get();
            if (r != null) {
                r.opened();
            }
            return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, new ConnectionHandler(target, r));
        }
    }

    private static final class ConnectionHandler implements InvocationHandler {

        private final Connection target;
        private Recording openedIn;

        ConnectionHandler(Connection target, Recording openedIn) {
            this.target = target;
            this.openedIn = openedIn;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "close" -> {
                    if (openedIn != null) {
                        openedIn.closed();
                        openedIn = null;
                    }
                }
                case "setAutoCommit" -> {
                    if (target.getAutoCommit() != (Boolean) args[0]) {
                        sent("set autocommit=" + ((Boolean) args[0] ? 1 : 0));
                    }
                }
                case "commit" -> sent("COMMIT");
                case "rollback" -> sent("ROLLBACK");
                case "setTransactionIsolation" -> {
                    if (target.getTransactionIsolation() != (Integer) args[0]) {
                        sent("SET TRANSACTION ISOLATION LEVEL");
                    }
                }
                case "unwrap", "isWrapperFor" -> {
                    return call(target, method, args);
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> {
                }
            }
            Object result = call(target, method, args);
            if (result instanceof Statement statement) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                Class<?> type = result instanceof CallableStatement ? CallableStatement.class
                        : result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
                        new StatementHandler(statement, sql));
            }
            return result;
        }
    }

    private record StatementHandler(Statement target, String preparedSql) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.startsWith("execute")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                sent(name.equals("executeBatch") || name.equals("executeLargeBatch") ? "batch: " + sql
                        : String.valueOf(sql));
                long start = System.nanoTime();
                try {
                    return rowsCounted(call(target, method, args));
                } finally {
                    Recording r = RECORDING.get();
                    if (r != null) {
                        r.nanos.addAndGet(System.nanoTime() - start);
                    }
                }
            } else if (name.equals("getParameterMetaData")) {
                // MariaDB's driver prepares the statement on the server to answer: a round trip
                sent("PREPARE for parameter types: " + preparedSql);
            } else if (name.equals("equals")) {
                return proxy == args[0];
            } else if (name.equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            return rowsCounted(call(target, method, args));
        }
    }

    /** A result set that counts the rows read from it ({@code next()} that found one); anything else unchanged. */
    private static Object rowsCounted(Object result) {
        if (!(result instanceof ResultSet rows)) {
            return result;
        }
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        default -> {
                        }
                    }
                    Object value = call(rows, method, args);
                    if (method.getName().equals("next") && Boolean.TRUE.equals(value)) {
                        Recording r = RECORDING.get();
                        if (r != null) {
                            r.rows.incrementAndGet();
                        }
                    }
                    return value;
                });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
