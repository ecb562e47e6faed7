package org.functions4j.runtime.servlet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.runtime.model.FunctionDefinition;
import org.functions4j.runtime.route.RouteMatch;

/**
 * Checks the limits and the dynamic throttle, then matches the request against the route table,
 * once: 414 for a URL over the limit, 413 for a declared body over the limit (before reading it),
 * 429 while throttled, 404 (empty) when no route matches, 405 with {@code Allow} when the path
 * matches but the method does not; otherwise stores the {@link FunctionMatch} for the filters and
 * servlet after it.
 */
public final class RoutingFilter extends HttpFilter {
    private final transient FunctionApp app;

    /**
     * @param app the function app
     */
    public RoutingFilter(FunctionApp app) {
        this.app = app;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HostConfig.Limits limits = app.config().limits();
        String query = request.getQueryString();
        if (request.getRequestURI().length() + (query == null ? 0 : query.length() + 1) > limits.maxUrlBytes()) {
            ResponseWriter.empty(response, 414);
            return;
        }
        if (request.getContentLengthLong() > limits.maxRequestBodyBytes()) {
            ResponseWriter.empty(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (app.throttle().isOverloaded()) {
            ResponseWriter.tooBusy(response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        RouteMatch<FunctionDefinition> match = app.catalog().routes().match(request.getMethod(), path);
        if (match.isFound()) {
            request.setAttribute(FunctionMatch.ATTRIBUTE, new FunctionMatch(match.target(), match.values()));
            chain.doFilter(request, response);
        } else if (match.isMethodNotAllowed()) {
            response.setHeader("Allow", match.allowedMethods().stream().map(Enum::name).collect(Collectors.joining(", ")));
            ResponseWriter.empty(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        } else {
            ResponseWriter.empty(response, HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
