package org.functions4j.runtime.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A node of the route trie: the position after some segments. Children are kept in precedence
 * order once the table is built, so a depth-first walk meets the strongest route first.
 */
final class RouteNode<T> {
    /** Literal children by lower-cased text (literals match ignoring case). */
    final Map<String, RouteNode<T>> literals = new HashMap<>();
    /** Parameter children, strongest first; parameters with equal constraints share an edge. */
    final List<Edge<T>> parameters = new ArrayList<>();
    /** Routes that end here, fewest absent optional segments first. */
    final List<Ending<T>> endings = new ArrayList<>();
    /** Catch-all routes whose catch-all starts here, constrained first. */
    final List<Ending<T>> catchAlls = new ArrayList<>();

    /** A parameter edge to the node after it. */
    record Edge<T>(RouteSegment segment, String key, RouteNode<T> child) {
    }

    /**
     * A route ending at a node.
     *
     * @param absent how many trailing optional segments are absent when the route ends here
     * @param catchAll the catch-all segment, for a catch-all ending
     */
    record Ending<T>(Route<T> route, int methodMask, int absent, RouteSegment catchAll) {
    }

    RouteNode<T> literal(String text) {
        return literals.computeIfAbsent(text.toLowerCase(Locale.ROOT), k -> new RouteNode<>());
    }

    RouteNode<T> parameter(RouteSegment segment) {
        String key = segment.precedence() + ":" + segment.constraintText();
        for (Edge<T> edge : parameters) {
            if (edge.key.equals(key)) {
                return edge.child;
            }
        }
        RouteNode<T> child = new RouteNode<>();
        parameters.add(new Edge<>(segment, key, child));
        return child;
    }

    /** Orders children by precedence, recursively; ties by text so the order never depends on scan order. */
    void sort() {
        parameters.sort(Comparator.comparing((Edge<T> e) -> e.segment.precedence()).thenComparing(Edge::key));
        endings.sort(Comparator.comparingInt((Ending<T> e) -> e.absent)
                .thenComparing(e -> e.route.template().text()));
        catchAlls.sort(Comparator.comparing((Ending<T> e) -> e.catchAll.precedence())
                .thenComparing(e -> e.catchAll.constraintText())
                .thenComparing(e -> e.route.template().text()));
        literals.values().forEach(RouteNode::sort);
        parameters.forEach(e -> e.child.sort());
    }
}
