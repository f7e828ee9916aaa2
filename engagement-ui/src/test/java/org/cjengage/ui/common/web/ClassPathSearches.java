package org.cjengage.ui.common.web;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/**
 * Records the {@code ServiceLoader} searches of the class path (reads of {@code META-INF/services/...} through the
 * thread's context class loader, which Vaadin's lookup searches with) made while some code runs. Used by the plugin's
 * tests and the host example's.
 */
public final class ClassPathSearches {

    private ClassPathSearches() {
    }

    /** The service files searched for while {@code action} ran on this thread. */
    public static List<String> during(Runnable action) {
        List<String> searched = new ArrayList<>();
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        thread.setContextClassLoader(new ClassLoader(original) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                if (name.startsWith("META-INF/services/")) {
                    searched.add(name.substring("META-INF/services/".length()));
                }
                return super.getResources(name);
            }
        });
        try {
            action.run();
        } finally {
            thread.setContextClassLoader(original);
        }
        return searched;
    }
}
