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
 * servlet after it. Whatever throws here, or slips past the stages after it, is answered 500 by
 * {@link Failures}.
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
        boolean matched;
        try {
            matched = route(request, response);
        } catch (RuntimeException | Error failure) {
            Failures.answer(response, app.json(), "routing", failure, null);
            Failures.rethrowIfFatal(failure);
            return;
        }
        if (!matched) {
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | Error failure) {
            // The stages after this one answer their own failures; this catches what slips past them.
            if (!request.isAsyncStarted()) {
                Failures.answer(response, app.json(), "the functions filters", failure, null);
            }
            Failures.rethrowIfFatal(failure);
        }
    }

    /** Checks the limits and matches the route: true when a function matched, false when this answered. */
    private boolean route(HttpServletRequest request, HttpServletResponse response) {
        HostConfig.Limits limits = app.config().limits();
        String query = request.getQueryString();
        if (request.getRequestURI().length() + (query == null ? 0 : query.length() + 1) > limits.maxUrlBytes()) {
            ResponseWriter.empty(response, 414);
            return false;
        }
        if (request.getContentLengthLong() > limits.maxRequestBodyBytes()) {
            ResponseWriter.empty(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return false;
        }
        if (app.throttle().isOverloaded()) {
            ResponseWriter.tooBusy(response);
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        RouteMatch<FunctionDefinition> match = app.catalog().routes().match(request.getMethod(), path);
        if (match.isFound()) {
            request.setAttribute(FunctionMatch.ATTRIBUTE, new FunctionMatch(match.target(), match.values()));
            return true;
        }
        if (match.isMethodNotAllowed()) {
            response.setHeader("Allow", match.allowedMethods().stream().map(Enum::name).collect(Collectors.joining(", ")));
            ResponseWriter.empty(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        } else {
            ResponseWriter.empty(response, HttpServletResponse.SC_NOT_FOUND);
        }
        return false;
    }
}
