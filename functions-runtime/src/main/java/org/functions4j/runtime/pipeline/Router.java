package org.functions4j.runtime.pipeline;

import java.util.stream.Collectors;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.runtime.model.FunctionDefinition;
import org.functions4j.runtime.route.RouteMatch;

/**
 * The first stage of a function request: checks the limits and the dynamic throttle, then matches
 * the route table, once: 414 for a URL over the limit, 413 for a declared body over the limit
 * (before reading it), 429 while throttled, 404 (empty) when no route matches, 405 with
 * {@code Allow} when the path matches but the method does not.
 */
final class Router {
    private Router() {
    }

    /** The matched function, or null when this stage answered. */
    static FunctionMatch route(FunctionApp app, Exchange exchange) {
        HostConfig.Limits limits = app.config().limits();
        String uri = exchange.requestUri();
        String query = exchange.query();
        if (uri.length() + (query == null ? 0 : query.length() + 1) > limits.maxUrlBytes()) {
            exchange.send(414);
            return null;
        }
        if (exchange.contentLength() > limits.maxRequestBodyBytes()) {
            exchange.send(413);
            return null;
        }
        if (app.throttle().isOverloaded()) {
            Answers.tooBusy(exchange);
            return null;
        }
        String path = uri.substring(exchange.contextPath().length());
        RouteMatch<FunctionDefinition> match = app.catalog().routes().match(exchange.method(), path);
        if (match.isFound()) {
            return new FunctionMatch(match.target(), match.values());
        }
        if (match.isMethodNotAllowed()) {
            exchange.header("Allow", match.allowedMethods().stream().map(Enum::name).collect(Collectors.joining(", ")));
            exchange.send(405);
        } else {
            exchange.send(404);
        }
        return null;
    }
}
