package org.functions4j.runtime.pipeline;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.functions4j.runtime.host.HostConfig;

/**
 * The CORS protocol of the Fetch standard, as the reference host applies it (ASP.NET Core's CORS
 * middleware): a preflight ({@code OPTIONS} with {@code Origin} and
 * {@code Access-Control-Request-Method}) is answered 204 here, before any key is asked for; an
 * actual request from an allowed origin gets its {@code Access-Control-*} headers and goes on. A
 * request from an origin not allowed gets no CORS headers at all (the browser then refuses it).
 */
final class Cors {
    private static final String ANY = "*";

    private final HostConfig.Cors policy;
    private final boolean anyOrigin;
    /** Whether the answer's origin depends on the request's, so caches must key on it. */
    private final boolean varyByOrigin;

    private Cors(HostConfig.Cors policy) {
        this.policy = policy;
        this.anyOrigin = policy.origins().equals(List.of(ANY)); // as ASP.NET Core: "*" alone means any origin
        // As ASP.NET Core: one fixed origin (or "*") is the same answer for everyone; several, or a wildcard, are not.
        this.varyByOrigin = policy.origins().size() > 1 || policy.origins().stream().anyMatch(o -> o.contains("://*."));
    }

    /** The stage for an app's settings, or null when CORS is off (then no request pays for it). */
    static Cors of(HostConfig config) {
        return config.cors().enabled() ? new Cors(config.cors()) : null;
    }

    /**
     * Applies CORS to a request.
     *
     * @return true when this answered it (a preflight), false when the pipeline goes on
     */
    boolean handle(Exchange exchange) {
        String origin = exchange.header("Origin");
        if (origin == null) {
            return false; // not a cross-origin request from a browser
        }
        String requestedMethod = exchange.header("Access-Control-Request-Method");
        boolean preflight = requestedMethod != null && exchange.method().equalsIgnoreCase("OPTIONS");
        if (isAllowed(origin)) {
            exchange.header("Access-Control-Allow-Origin", anyOrigin && !policy.credentials() ? ANY : origin);
            if (varyByOrigin) {
                exchange.header("Vary", "Origin");
            }
            if (policy.credentials()) {
                exchange.header("Access-Control-Allow-Credentials", "true");
            }
            if (preflight) {
                answerPreflight(exchange, requestedMethod);
            } else if (!policy.exposedHeaders().isEmpty()) {
                exchange.header("Access-Control-Expose-Headers", String.join(",", policy.exposedHeaders()));
            }
        }
        if (preflight) {
            exchange.send(204);
            return true;
        }
        return false;
    }

    private void answerPreflight(Exchange exchange, String requestedMethod) {
        // Any method or header: name what was asked for; a list: name the list (the browser checks it).
        String methods = policy.methods().contains(ANY) ? requestedMethod.strip() : String.join(",", policy.methods());
        exchange.header("Access-Control-Allow-Methods", methods);
        String requestedHeaders = exchange.header("Access-Control-Request-Headers");
        String headers = policy.headers().contains(ANY)
                ? (requestedHeaders == null ? "" : requestedHeaders.strip()) : String.join(",", policy.headers());
        if (!headers.isEmpty()) {
            exchange.header("Access-Control-Allow-Headers", headers);
        }
        if (policy.maxAge() != null) {
            exchange.header("Access-Control-Max-Age", String.valueOf(policy.maxAge().toSeconds()));
        }
    }

    /** An origin listed, or any with {@code *}, or a subdomain of one listed as {@code scheme://*.domain[:port]}. */
    boolean isAllowed(String origin) {
        if (anyOrigin || policy.origins().contains(origin)) {
            return true;
        }
        URI uri;
        try {
            uri = new URI(origin);
        } catch (Exception e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null || uri.getHost().startsWith(".")) {
            return false; // "null", "http://", "http://.domain": not an origin a wildcard can match
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        for (String allowed : policy.origins()) {
            int wildcard = allowed.indexOf("://*.");
            if (wildcard < 0 || !allowed.substring(0, wildcard).equalsIgnoreCase(uri.getScheme())) {
                continue;
            }
            String domainAndPort = allowed.substring(wildcard + "://*.".length()).toLowerCase(Locale.ROOT);
            int colon = domainAndPort.indexOf(':');
            String domain = colon < 0 ? domainAndPort : domainAndPort.substring(0, colon);
            String allowedPort = colon < 0 ? "" : domainAndPort.substring(colon);
            if (host.endsWith("." + domain) && allowedPort.equals(port) && uri.getRawPath().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
