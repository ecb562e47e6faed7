package org.functions4j.runtime.route;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.functions4j.api.HttpMethod;

/**
 * Finds pairs of routes that have equal precedence and can match the same request with a common
 * method, by walking the trie against itself. Two parameter segments of equal precedence overlap
 * when their constraints are the same, or when a sample value (from either side's constraints or
 * a small common set) satisfies both; that value is quoted in the error as an example request.
 */
final class RouteConflictFinder<T> {
    private static final List<String> COMMON_SAMPLES =
            List.of("x", "a", "abc", "0", "1", "42", "-1", "true", "1.5", "a.txt", "2024-01-31");

    private final Map<String, String> conflicts = new LinkedHashMap<>();

    List<String> find(RouteNode<T> root) {
        walk(root, root, new ArrayList<>());
        return new ArrayList<>(conflicts.values());
    }

    private void walk(RouteNode<T> a, RouteNode<T> b, List<String> path) {
        boolean self = a == b;
        compareEndings(a.endings, b.endings, self, path, null);
        compareEndings(a.catchAlls, b.catchAlls, self, path, "catch-all");
        for (var entry : a.literals.entrySet()) {
            RouteNode<T> other = b.literals.get(entry.getKey());
            if (other != null) {
                path.add(entry.getKey());
                walk(entry.getValue(), other, path);
                path.remove(path.size() - 1);
            }
        }
        for (int i = 0; i < a.parameters.size(); i++) {
            RouteNode.Edge<T> edgeA = a.parameters.get(i);
            for (int j = self ? i : 0; j < b.parameters.size(); j++) {
                RouteNode.Edge<T> edgeB = b.parameters.get(j);
                String sample = overlap(edgeA.segment(), edgeB.segment());
                if (sample != null) {
                    path.add(sample);
                    walk(edgeA.child(), edgeB.child(), path);
                    path.remove(path.size() - 1);
                }
            }
        }
    }

    private void compareEndings(List<RouteNode.Ending<T>> as, List<RouteNode.Ending<T>> bs, boolean self,
                                List<String> path, String catchAll) {
        for (int i = 0; i < as.size(); i++) {
            for (int j = self ? i + 1 : 0; j < bs.size(); j++) {
                RouteNode.Ending<T> x = as.get(i);
                RouteNode.Ending<T> y = bs.get(j);
                int common = x.methodMask() & y.methodMask();
                if (x.route() == y.route() || common == 0 || x.absent() != y.absent()) {
                    continue;
                }
                String example;
                if (catchAll != null) {
                    String sample = overlap(x.catchAll(), y.catchAll());
                    if (sample == null) {
                        continue;
                    }
                    example = join(path, sample);
                } else {
                    example = join(path, null);
                }
                report(x.route(), y.route(), firstMethod(common) + " " + example);
            }
        }
    }

    private void report(Route<T> x, Route<T> y, String example) {
        boolean ordered = x.owner().compareTo(y.owner()) <= 0;
        Route<T> first = ordered ? x : y;
        Route<T> second = ordered ? y : x;
        String key = first.owner() + "|" + first.template() + "|" + second.owner() + "|" + second.template();
        conflicts.putIfAbsent(key, "route conflict: " + first + " and " + second
                + " have equal precedence and both match " + example
                + "; make one of them more specific (a literal segment or a constraint) or give them different methods");
    }

    /** A value both segments accept, or null when none of the samples is accepted by both. */
    private static String overlap(RouteSegment a, RouteSegment b) {
        if (a.precedence() != b.precedence()) {
            return null;
        }
        Set<String> samples = new LinkedHashSet<>();
        a.constraints().forEach(c -> samples.addAll(c.samples()));
        b.constraints().forEach(c -> samples.addAll(c.samples()));
        samples.addAll(COMMON_SAMPLES);
        if (a.constraintText().equals(b.constraintText())) {
            return samples.stream().filter(a::accepts).findFirst().orElse("x");
        }
        return samples.stream().filter(s -> a.accepts(s) && b.accepts(s)).findFirst().orElse(null);
    }

    private static String join(List<String> path, String last) {
        StringBuilder sb = new StringBuilder();
        path.forEach(s -> sb.append('/').append(s));
        if (last != null && !last.isEmpty()) {
            sb.append('/').append(last);
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }

    private static String firstMethod(int mask) {
        for (HttpMethod m : HttpMethod.values()) {
            if ((mask & 1 << m.ordinal()) != 0) {
                return m.name();
            }
        }
        throw new IllegalArgumentException("empty method mask");
    }
}
