package org.functions4j.runtime.servlet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.functions4j.api.WebHookType;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.auth.KeyKind;
import org.functions4j.runtime.invoke.BindingException;
import org.functions4j.runtime.invoke.BodyText;
import org.functions4j.runtime.invoke.QueryString;
import org.functions4j.runtime.model.FunctionDefinition;
import org.functions4j.runtime.webhook.WebhookOutcome;
import org.functions4j.runtime.webhook.WebhookRequest;

/**
 * Puts the function's webhook receiver in front of it. The receiver sees the raw body, read once;
 * the function then gets the same bytes. The key is chosen by name ({@code x-functions-clientid},
 * else {@code clientid}, else {@code default}; a function key beats a host key of the same name).
 * The master key skips the check. A rejection is answered {@code {"Message": "..."}}: also a
 * charset the host cannot decode (415) and a body that cannot be read (400).
 */
public final class WebhookValidationFilter extends HttpFilter {
    private final transient FunctionApp app;

    /**
     * @param app the function app
     */
    public WebhookValidationFilter(FunctionApp app) {
        this.app = app;
    }

    /** Whether any function of the app is a webhook. */
    static boolean isNeeded(FunctionApp app) {
        return app.catalog().functions().stream().anyMatch(f -> f.trigger().webHookType() != WebHookType.NONE);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        FunctionMatch match = (FunctionMatch) request.getAttribute(FunctionMatch.ATTRIBUTE);
        FunctionDefinition function = match == null ? null : match.function();
        WebhookOutcome outcome;
        try {
            if (function == null || function.trigger().webHookType() == WebHookType.NONE
                    || app.secrets().kindOf(PresentedKey.of(request), null) == KeyKind.MASTER) {
                outcome = WebhookOutcome.ACCEPT;
            } else {
                outcome = check(request, function);
            }
        } catch (RequestBody.TooLargeException e) {
            ResponseWriter.empty(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        } catch (RuntimeException | Error failure) {
            Failures.answer(response, app.json(), "the webhook check", failure, null);
            Failures.rethrowIfFatal(failure);
            return;
        }
        if (outcome.accepted()) {
            chain.doFilter(request, response);
            return;
        }
        if (outcome.allow() != null) {
            response.setHeader("Allow", outcome.allow());
        }
        ObjectNode message = app.json().createObjectNode().put("Message", outcome.message());
        ResponseWriter.json(response, outcome.status(), app.json().writeValueAsBytes(message));
    }

    private WebhookOutcome check(HttpServletRequest request, FunctionDefinition function) {
        try {
            BodyText.charset(request.getHeader("Content-Type"));
        } catch (BindingException e) {
            return WebhookOutcome.reject(e.status(), e.getMessage());
        }
        byte[] body;
        try {
            body = RequestBody.of(request, app.config().limits().maxRequestBodyBytes());
        } catch (IOException e) {
            return WebhookOutcome.reject(HttpServletResponse.SC_BAD_REQUEST, "The request body could not be read.");
        }
        ServletRequestData data = new ServletRequestData(request, app.config().limits());
        String key = app.secrets().webhookKey(function.name(), clientId(request, data)).orElse(null);
        return app.webhooks().of(function.trigger().webHookType())
                .check(new WebhookRequest(request.getMethod(), data.headers(), data.queryParameters(), body), key);
    }

    private static String clientId(HttpServletRequest request, ServletRequestData data) {
        String header = request.getHeader("x-functions-clientid");
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String query = QueryString.value(data.queryParameters(), "clientid");
        return query != null && !query.isBlank() ? query.strip() : "default";
    }
}
