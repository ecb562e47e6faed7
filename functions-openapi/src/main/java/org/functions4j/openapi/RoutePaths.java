package org.functions4j.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.functions4j.runtime.route.RouteSegment;
import org.functions4j.runtime.route.RouteTemplate;

/**
 * The OpenAPI paths of a route template. OpenAPI has no optional path parameters: a template ending
 * in optional or catch-all parameters ({@code products/{category}/{id:int?}}) is one path with all
 * of them and one path for each that may be left out ({@code /api/products/{category}}).
 */
final class RoutePaths {
    /**
     * One path a template matches.
     *
     * @param path e.g. {@code /api/products/{category}/{id}}
     * @param parameters the template's parameters in this path, in order
     * @param names their names in the path (another function's, when it took this path's shape first)
     */
    record Variant(String path, List<RouteSegment> parameters, List<String> names) {
        /** The same parameters under the names of a path of the same shape. */
        Variant renamedAs(String samePath) {
            if (samePath.equals(path)) {
                return this;
            }
            List<String> others = new ArrayList<>();
            Matcher name = PARAMETER.matcher(samePath);
            while (name.find()) {
                others.add(name.group(1));
            }
            return new Variant(samePath, parameters, List.copyOf(others));
        }

        /** The path with its parameters unnamed: paths of one shape are one path to OpenAPI. */
        String shape() {
            return PARAMETER.matcher(path).replaceAll("{}");
        }
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]*)}");

    private RoutePaths() {
    }

    /** The paths, the fullest first. */
    static List<Variant> of(String routePrefix, RouteTemplate template) {
        List<RouteSegment> segments = template.segments();
        List<Variant> variants = new ArrayList<>();
        int end = segments.size();
        while (true) {
            variants.add(variant(routePrefix, segments.subList(0, end)));
            if (end == 0 || !mayBeLeftOut(segments.get(end - 1))) {
                return variants;
            }
            end--;
        }
    }

    private static boolean mayBeLeftOut(RouteSegment segment) {
        return !segment.isLiteral() && segment.kind() != RouteSegment.Kind.REQUIRED;
    }

    private static Variant variant(String routePrefix, List<RouteSegment> segments) {
        StringBuilder path = new StringBuilder();
        if (!routePrefix.isEmpty()) {
            path.append('/').append(routePrefix);
        }
        List<RouteSegment> parameters = new ArrayList<>();
        for (RouteSegment segment : segments) {
            path.append('/');
            if (segment.isLiteral()) {
                path.append(segment.literal());
            } else {
                path.append('{').append(segment.name()).append('}');
                parameters.add(segment);
            }
        }
        return new Variant(path.length() == 0 ? "/" : path.toString(), List.copyOf(parameters),
                parameters.stream().map(RouteSegment::name).toList());
    }
}
