package org.functions4j.server;

import java.util.stream.Collectors;
import org.functions4j.api.HttpMethod;
import org.functions4j.runtime.model.FunctionCatalog;
import org.functions4j.runtime.model.FunctionDefinition;

/** The start-up listing, in the form {@code func start} prints it. */
final class Banner {
    private Banner() {
    }

    /**
     * @param catalog the functions
     * @param baseUrl e.g. {@code http://localhost:7071}
     * @param listening e.g. {@code http://0.0.0.0:7071/}
     */
    static String render(FunctionCatalog catalog, String baseUrl, String listening) {
        StringBuilder out = new StringBuilder("Functions:\n\n");
        for (FunctionDefinition function : catalog.functions()) {
            out.append('\t').append(function.name()).append(": [").append(methods(function)).append("] ")
                    .append(baseUrl).append('/').append(path(catalog.routePrefix(), function.routeTemplate()))
                    .append('\n');
        }
        if (catalog.functions().isEmpty()) {
            out.append("\t(no functions found: check --classpath and --packages)\n");
        }
        return out.append('\n').append("Listening on ").append(listening).append('\n').toString();
    }

    private static String methods(FunctionDefinition function) {
        if (function.trigger().methods().isEmpty()) {
            return "ALL";
        }
        return function.trigger().methods().stream().sorted().map(HttpMethod::name).collect(Collectors.joining(","));
    }

    private static String path(String prefix, String route) {
        String trimmed = route.startsWith("/") ? route.substring(1) : route;
        return prefix.isEmpty() ? trimmed : trimmed.isEmpty() ? prefix : prefix + "/" + trimmed;
    }
}
