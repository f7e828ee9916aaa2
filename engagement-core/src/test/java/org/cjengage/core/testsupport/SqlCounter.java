package org.cjengage.core.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements this thread sends through the application's DataSource: every {@code execute*} call
 * on a JDBC statement (a batch counts once), and the rows it reads back (each {@code ResultSet.next()} that
 * found a row). Test code wraps the DataSource bean of every test context (a
 * bean of {@link TestSupportAutoConfiguration}); counting is off unless a test asks with {@link #count}, so
 * the wrapper costs nothing else. Connection-level commands (auto-commit, commit) are not counted: they come
 * once per transaction, not per row.
 */
@Component
public class SqlCounter implements BeanPostProcessor {

    /** This thread's counters while counting: statements, rows. */
    private static final ThreadLocal<long[]> COUNT = new ThreadLocal<>();

    /** A result, the number of statements it took and the number of rows they read. */
    public record Counted<T>(T value, long statements, long rows) {
    }

    /** Runs the work on this thread and counts the statements it sends. */
    public static <T> Counted<T> count(Supplier<T> work) {
        long[] before = COUNT.get();
        long[] counter = {0, 0};
        COUNT.set(counter);
        try {
            T value = work.get();
            return new Counted<>(value, counter[0], counter[1]);
        } finally {
            if (before != null) {
                before[0] += counter[0];
                before[1] += counter[1];
            }
            COUNT.set(before);
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            // AutoCloseable too, so the context still closes the pool when it shuts down
            return Proxy.newProxyInstance(SqlCounter.class.getClassLoader(),
                    bean instanceof AutoCloseable ? new Class<?>[] {DataSource.class, AutoCloseable.class}
                            : new Class<?>[] {DataSource.class}, new Counting(dataSource));
        }
        return bean;
    }

    private static <T> T proxy(Class<T> type, T target) {
        return type.cast(Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {type},
                new Counting(target)));
    }

    private record Counting(Object target) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("equals") && args != null && args.length == 1) {
                return proxy == args[0];
            }
            if (name.equals("unwrap") && args[0] instanceof Class<?> type && type.isInstance(target)) {
                return target;
            }
            if (name.equals("isWrapperFor") && args[0] instanceof Class<?> type && type.isInstance(target)) {
                return true;
            }
            if (name.startsWith("execute") && target instanceof Statement) {
                long[] counter = COUNT.get();
                if (counter != null) {
                    counter[0]++;
                }
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (name.equals("next") && target instanceof ResultSet && Boolean.TRUE.equals(result)) {
                long[] counter = COUNT.get();
                if (counter != null) {
                    counter[1]++;
                }
            }
            if (result instanceof ResultSet rs && !(target instanceof ResultSet)) {
                return proxy(ResultSet.class, rs);
            }
            if (result instanceof CallableStatement s) {
                return proxy(CallableStatement.class, s);
            }
            if (result instanceof PreparedStatement s) {
                return proxy(PreparedStatement.class, s);
            }
            if (result instanceof Statement s) {
                return proxy(Statement.class, s);
            }
            if (result instanceof Connection c) {
                return proxy(Connection.class, c);
            }
            return result;
        }
    }
}
