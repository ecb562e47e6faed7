package org.functions4j.runtime.route;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.functions4j.api.HttpMethod;

/**
 * What {@link RouteTable#match} found: a route with its values, a path whose routes do not allow
 * the method (answer 405 with {@code Allow}), or nothing (404).
 *
 * @param <T> the route target type
 */
public final class RouteMatch<T> {
    @SuppressWarnings("rawtypes")
    private static final RouteMatch NOT_FOUND = new RouteMatch<>(null, Map.of(), Set.of());

    private final Route<T> route;
    private final Map<String, String> values;
    private final Set<HttpMethod> allowedMethods;

    private RouteMatch(Route<T> route, Map<String, String> values, Set<HttpMethod> allowedMethods) {
        this.route = route;
        this.values = values;
        this.allowedMethods = allowedMethods;
    }

    static <T> RouteMatch<T> found(Route<T> route, Map<String, String> values) {
        return new RouteMatch<>(route, values, Set.of());
    }

    static <T> RouteMatch<T> methodNotAllowed(Set<HttpMethod> allowed) {
        return new RouteMatch<>(null, Map.of(), Collections.unmodifiableSet(EnumSet.copyOf(allowed)));
    }

    @SuppressWarnings("unchecked")
    static <T> RouteMatch<T> notFound() {
        return NOT_FOUND;
    }

    /** Whether a route matched path and method. */
    public boolean isFound() {
        return route != null;
    }

    /** Whether the path matched but no matching route allows the method. */
    public boolean isMethodNotAllowed() {
        return route == null && !allowedMethods.isEmpty();
    }

    /** The matched route, or null. */
    public Route<T> route() {
        return route;
    }

    /** The matched route's target, or null. */
    public T target() {
        return route == null ? null : route.target();
    }

    /** The decoded route values by parameter name as written in the template (defaults included). */
    public Map<String, String> values() {
        return values;
    }

    /** For a 405: the methods the routes matching the path allow, in {@link HttpMethod} order. */
    public Set<HttpMethod> allowedMethods() {
        return allowedMethods;
    }
}
