package org.cjengage.core.common;

import java.util.regex.Pattern;

/**
 * Where the plugin's pages live inside the application that hosts it: every plugin route sits below
 * {@code cjengage.ui.route-prefix} (empty in the bundled application, e.g. {@code engage} in a host, so the plan
 * grid is {@code /engage/plans}). The one place that turns a plugin route such as {@code plans} or {@code f/abc}
 * into the route or path a browser, a filter or an e-mail needs.
 */
public final class PluginPaths {

    /** The property that sets the prefix. */
    public static final String PROPERTY = "cjengage.ui.route-prefix";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*");

    private final String prefix;

    private PluginPaths(String prefix) {
        this.prefix = prefix;
    }

    /** The paths for a configured prefix; blank means the plugin's pages are at the root. */
    public static PluginPaths of(String configured) {
        String prefix = configured == null ? "" : configured.strip().replaceAll("^/+|/+$", "");
        if (!prefix.isEmpty() && !VALID.matcher(prefix).matches()) {
            throw new IllegalArgumentException(PROPERTY + " must be a path such as 'engage' (letters, digits, '-', '.', '_'"
                    + " and '/' between segments): " + configured);
        }
        return new PluginPaths(prefix);
    }

    /** The prefix without slashes ({@code engage}), or "" at the root. */
    public String prefix() {
        return prefix;
    }

    /**
     * A plugin route as a Vaadin location relative to the application's root: {@code route("plans?plan=3")} is
     * {@code engage/plans?plan=3}; {@code route("")} is the plugin's home ({@code engage}).
     */
    public String route(String path) {
        String p = path == null ? "" : path.replaceAll("^/+", "");
        if (prefix.isEmpty()) {
            return p;
        }
        return p.isEmpty() ? prefix : p.startsWith("?") ? prefix + p : prefix + "/" + p;
    }

    /** A plugin route as a path below the context path, with a leading slash: {@code /engage/login}. */
    public String path(String route) {
        return "/" + route(route);
    }

    /** Whether a path below the context path ({@code /engage/f/abc}) is the plugin route {@code f/...}. */
    public boolean isBelow(String pathBelowContext, String routeStart) {
        return pathBelowContext.startsWith(path(routeStart));
    }

    /**
     * Whether a Vaadin location ({@code engage/plans}, without a leading slash) is one of the plugin's: the prefix
     * itself or below it; with no prefix every location is.
     */
    public boolean isPluginLocation(String location) {
        String l = location == null ? "" : location.replaceAll("^/+", "");
        return prefix.isEmpty() || l.equals(prefix) || l.startsWith(prefix + "/") || l.startsWith(prefix + "?");
    }

    /** What follows the plugin route start in a path below the context path ({@code /engage/f/abc}, "f/" -> "abc"). */
    public String rest(String pathBelowContext, String routeStart) {
        return pathBelowContext.substring(path(routeStart).length());
    }

    @Override
    public String toString() {
        return "PluginPaths[" + prefix + "]";
    }
}
