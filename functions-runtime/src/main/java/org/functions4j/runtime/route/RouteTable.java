package org.functions4j.runtime.route;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.functions4j.api.HttpMethod;

/**
 * An immutable table of routes, compiled once into a segment trie.
 *
 * <p>Precedence is deterministic: segments are compared left to right by {@link Precedence}, so
 * a literal beats a constrained parameter, which beats a parameter, an optional parameter and a
 * catch-all; a route that ends with fewer absent optional segments beats one with more. Two
 * routes of equal precedence that can match the same request with a common method are refused
 * when the table is built ({@link RouteConflictException}).
 *
 * @param <T> what a route leads to
 */
public final class RouteTable<T> {
    /** {@code HttpMethod.values()} copies the array on every call; routing asks on every request. */
    private static final HttpMethod[] METHODS = HttpMethod.values();

    private final RouteNode<T> root;
    private final List<Route<T>> routes;

    private RouteTable(RouteNode<T> root, List<Route<T>> routes) {
        this.root = root;
        this.routes = routes;
    }

    /** A builder for a table. */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** How many routes the table holds. */
    public int size() {
        return routes.size();
    }

    /** The routes in the table, in the order they were added. */
    List<Route<T>> routes() {
        return routes;
    }

    /**
     * Finds the route for a request.
     *
     * @param method the request method as sent, e.g. {@code GET}; an unknown method matches no route
     * @param rawPath the path as sent (percent-encoded, no query string)
     * @return the match, a 405 outcome with the allowed methods, or not found
     */
    public RouteMatch<T> match(String method, String rawPath) {
        String[] segments = PathSegments.split(rawPath);
        if (segments == null) {
            return RouteMatch.notFound();
        }
        HttpMethod httpMethod = parseMethod(method);
        int methodBit = httpMethod == null ? 0 : 1 << httpMethod.ordinal();
        RouteNode.Ending<T> ending = find(root, segments, 0, methodBit);
        if (ending != null) {
            return RouteMatch.found(ending.route(), values(ending, segments));
        }
        int allowed = allowedMask(root, segments, 0);
        if (allowed == 0) {
            return RouteMatch.notFound();
        }
        Set<HttpMethod> methods = EnumSet.noneOf(HttpMethod.class);
        for (HttpMethod m : METHODS) {
            if ((allowed & 1 << m.ordinal()) != 0) {
                methods.add(m);
            }
        }
        return RouteMatch.methodNotAllowed(methods);
    }

    /** Methods are case-sensitive tokens in HTTP: {@code get} is not {@code GET}. */
    private static HttpMethod parseMethod(String method) {
        for (HttpMethod m : METHODS) {
            if (m.name().equals(method)) {
                return m;
            }
        }
        return null;
    }

    private static <T> RouteNode.Ending<T> find(RouteNode<T> node, String[] segments, int index, int methodBit) {
        if (index == segments.length) {
            for (RouteNode.Ending<T> ending : node.endings) {
                if ((ending.methodMask() & methodBit) != 0) {
                    return ending;
                }
            }
        } else {
            String segment = segments[index];
            RouteNode<T> literal = node.literals.get(lowerCase(segment));
            if (literal != null) {
                RouteNode.Ending<T> found = find(literal, segments, index + 1, methodBit);
                if (found != null) {
                    return found;
                }
            }
            if (!segment.isEmpty()) {
                for (RouteNode.Edge<T> edge : node.parameters) {
                    if (edge.segment().accepts(segment)) {
                        RouteNode.Ending<T> found = find(edge.child(), segments, index + 1, methodBit);
                        if (found != null) {
                            return found;
                        }
                    }
                }
            }
        }
        for (RouteNode.Ending<T> catchAll : node.catchAlls) {
            if ((catchAll.methodMask() & methodBit) != 0 && acceptsRest(catchAll.catchAll(), segments, index)) {
                return catchAll;
            }
        }
        return null;
    }

    /** The union of the methods of every route matching the path; only walked to answer 405. */
    private static <T> int allowedMask(RouteNode<T> node, String[] segments, int index) {
        int mask = 0;
        if (index == segments.length) {
            for (RouteNode.Ending<T> ending : node.endings) {
                mask |= ending.methodMask();
            }
        } else {
            String segment = segments[index];
            RouteNode<T> literal = node.literals.get(lowerCase(segment));
            if (literal != null) {
                mask |= allowedMask(literal, segments, index + 1);
            }
            for (RouteNode.Edge<T> edge : node.parameters) {
                if (!segment.isEmpty() && edge.segment().accepts(segment)) {
                    mask |= allowedMask(edge.child(), segments, index + 1);
                }
            }
        }
        for (RouteNode.Ending<T> catchAll : node.catchAlls) {
            if (acceptsRest(catchAll.catchAll(), segments, index)) {
                mask |= catchAll.methodMask();
            }
        }
        return mask;
    }

    /** As ASP.NET: a catch-all cannot start with an empty segment ({@code /a/b//}), but may end with them. */
    private static boolean acceptsRest(RouteSegment catchAll, String[] segments, int index) {
        if (index < segments.length && segments[index].isEmpty()) {
            return false;
        }
        return catchAll.constraints().isEmpty() || catchAll.accepts(rest(segments, index));
    }

    private static String rest(String[] segments, int index) {
        return index >= segments.length ? "" : String.join("/", List.of(segments).subList(index, segments.length));
    }

    private static String lowerCase(String s) {
        return s.toLowerCase(java.util.Locale.ROOT); // returns s itself when already lower case
    }

    private static <T> Map<String, String> values(RouteNode.Ending<T> ending, String[] segments) {
        List<RouteSegment> template = ending.route().template().segments();
        Map<String, String> values = new HashMap<>(8);
        for (int i = 0; i < template.size(); i++) {
            RouteSegment segment = template.get(i);
            if (segment.isLiteral()) {
                continue;
            }
            if (segment.kind() == RouteSegment.Kind.CATCH_ALL) {
                // An empty catch-all has no value (its default if it has one), as in ASP.NET.
                String rest = rest(segments, i);
                String value = rest.isEmpty() ? segment.defaultValue() : rest;
                if (value != null) {
                    values.put(segment.name(), value);
                }
            } else if (i < segments.length) {
                values.put(segment.name(), segments[i]);
            } else if (segment.defaultValue() != null) {
                values.put(segment.name(), segment.defaultValue());
            }
        }
        return values;
    }

    /**
     * Collects routes and compiles them.
     *
     * @param <T> what a route leads to
     */
    public static final class Builder<T> {
        private final List<Route<T>> routes = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a route.
         *
         * @param template the parsed template, route prefix included
         * @param methods the allowed methods, empty for all
         * @param target what a match leads to
         * @param owner who declared the route, named in conflict errors
         * @return this builder
         */
        public Builder<T> add(RouteTemplate template, Set<HttpMethod> methods, T target, String owner) {
            routes.add(new Route<>(template, Set.copyOf(methods), target, owner));
            return this;
        }

        /**
         * Compiles the table.
         *
         * @return the table
         * @throws RouteConflictException naming every pair of routes that can match the same request
         *         with equal precedence and a common method
         */
        public RouteTable<T> build() {
            RouteNode<T> root = new RouteNode<>();
            for (Route<T> route : routes) {
                insert(root, route);
            }
            root.sort();
            List<String> conflicts = new RouteConflictFinder<T>().find(root);
            if (!conflicts.isEmpty()) {
                throw new RouteConflictException(conflicts);
            }
            return new RouteTable<>(root, List.copyOf(routes));
        }

        private static <T> void insert(RouteNode<T> root, Route<T> route) {
            List<RouteSegment> segments = route.template().segments();
            int mask = route.methodMask();
            RouteNode<T> node = root;
            for (int i = 0; i < segments.size(); i++) {
                RouteSegment segment = segments.get(i);
                switch (segment.isLiteral() ? RouteSegment.Kind.REQUIRED : segment.kind()) {
                    case CATCH_ALL -> {
                        node.catchAlls.add(new RouteNode.Ending<>(route, mask, 0, segment));
                        return;
                    }
                    case OPTIONAL -> node.endings.add(new RouteNode.Ending<>(route, mask, segments.size() - i, null));
                    case REQUIRED -> { }
                }
                node = segment.isLiteral() ? node.literal(segment.literal()) : node.parameter(segment);
            }
            node.endings.add(new RouteNode.Ending<>(route, mask, 0, null));
        }
    }
}
