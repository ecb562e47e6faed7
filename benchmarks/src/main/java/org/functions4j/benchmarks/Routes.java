package org.functions4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.functions4j.runtime.route.RouteTable;
import org.functions4j.runtime.route.RouteTemplate;

/**
 * Realistic route tables: services with literals, constrained parameters, plain parameters,
 * optional segments and catch-alls, and the request paths that hit them.
 */
final class Routes {
    private static final String[] SHAPES = {
        "svc%d/items", "svc%d/items/new", "svc%d/items/{id:int}", "svc%d/items/{name}", "svc%d/orders/{id:guid}",
        "svc%d/products/{category:alpha}/{id:int?}", "svc%d/users/{user}/posts/{post:long}", "svc%d/search/{q:minlength(2)}",
        "svc%d/reports/{year:range(2000,2100)}/{month:int?}", "svc%d/files/{*path}",
    };
    private static final String[] PATHS = {
        "/api/svc%d/items", "/api/svc%d/items/new", "/api/svc%d/items/42", "/api/svc%d/items/widget",
        "/api/svc%d/orders/3f2504e0-4f89-11d3-9a0c-0305e82c3301", "/api/svc%d/products/electronics/357",
        "/api/svc%d/users/ann/posts/12", "/api/svc%d/search/shoes", "/api/svc%d/reports/2024/5", "/api/svc%d/files/a/b/c.txt",
    };

    private Routes() {
    }

    static RouteTable<String> table(int routes) {
        RouteTable.Builder<String> builder = RouteTable.builder();
        for (int i = 0; i < routes; i++) {
            String template = SHAPES[i % SHAPES.length].formatted(i / SHAPES.length);
            builder.add(RouteTemplate.parse(template).withPrefix("api"), Set.of(), template, "route " + i);
        }
        return builder.build();
    }

    /** Request paths spread over every service of a table with that many routes. */
    static String[] paths(int routes) {
        List<String> paths = new ArrayList<>();
        int services = Math.max(1, routes / SHAPES.length);
        for (int i = 0; i < 1024; i++) {
            int service = (int) ((i * 2654435761L) % services);
            int shape = i % Math.min(PATHS.length, routes);
            paths.add(PATHS[shape].formatted(service));
        }
        return paths.toArray(String[]::new);
    }
}
