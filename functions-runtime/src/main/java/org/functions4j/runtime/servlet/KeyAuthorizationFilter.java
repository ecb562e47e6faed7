package org.functions4j.runtime.servlet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.functions4j.api.WebHookType;
import org.functions4j.runtime.FunctionApp;

/**
 * Lets a request through only when the key it presents satisfies the matched function's
 * authorization level; otherwise 401 with an empty body that says nothing about keys. Webhook
 * functions pass: for them the receiver's check replaces the key check.
 */
public final class KeyAuthorizationFilter extends HttpFilter {
    private final transient FunctionApp app;

    /**
     * @param app the function app
     */
    public KeyAuthorizationFilter(FunctionApp app) {
        this.app = app;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        FunctionMatch match = (FunctionMatch) request.getAttribute(FunctionMatch.ATTRIBUTE);
        boolean authorized;
        try {
            authorized = match != null && (match.function().trigger().webHookType() != WebHookType.NONE
                    || app.authorizer().isAuthorized(match.function(), PresentedKey.of(request)));
        } catch (RuntimeException | Error failure) {
            Failures.answer(response, app.json(), "the key check", failure, null);
            Failures.rethrowIfFatal(failure);
            return;
        }
        if (authorized) {
            chain.doFilter(request, response);
        } else {
            ResponseWriter.empty(response, HttpServletResponse.SC_UNAUTHORIZED);
        }
    }
}
