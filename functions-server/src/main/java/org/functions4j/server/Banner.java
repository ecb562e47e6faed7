package org.functions4j.server;

import java.util.Optional;
import java.util.stream.Collectors;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.HttpMethod;
import org.functions4j.runtime.auth.NamedKey;
import org.functions4j.runtime.auth.SecretStore;
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
     * @param keys when not null, each URL of a function that needs a key carries its default key
     */
    static String render(FunctionCatalog catalog, String baseUrl, String listening, SecretStore keys) {
        StringBuilder out = new StringBuilder("Functions:\n\n");
        for (FunctionDefinition function : catalog.functions()) {
            out.append('\t').append(function.name()).append(": [").append(methods(function)).append("] ")
                    .append(baseUrl).append('/').append(path(catalog.routePrefix(), function.routeTemplate()))
                    .append(keys == null ? "" : code(function, keys))
                    .append('\n');
        }
        for (String name : catalog.notServed()) {
            out.append('\t').append(name).append(": not served (--functions, or AzureWebJobs.").append(name)
                    .append(".Disabled)\n");
        }
        if (catalog.functions().isEmpty() && catalog.notServed().isEmpty()) {
            out.append("\t(no functions found: check --classpath and --packages)\n");
        }
        return out.append('\n').append("Listening on ").append(listening).append('\n').toString();
    }

    /** {@code ?code=<default key>} for a function that needs one: its own, else the host's. */
    private static String code(FunctionDefinition function, SecretStore keys) {
        if (function.trigger().authLevel() == AuthorizationLevel.ANONYMOUS) {
            return "";
        }
        Optional<String> key = function.trigger().authLevel() == AuthorizationLevel.ADMIN ? keys.master()
                : keys.keys(SecretStore.Scope.FUNCTION, function.name()).get("default").map(NamedKey::value)
                        .or(() -> keys.keys(SecretStore.Scope.HOST, null).get("default").map(NamedKey::value));
        return key.map(value -> "?code=" + value).orElse("");
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
