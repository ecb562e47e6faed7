package org.functions4j.runtime.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.invoke.BindingException;
import org.functions4j.runtime.invoke.BodyText;
import org.functions4j.runtime.invoke.QueryString;
import org.functions4j.runtime.model.FunctionDefinition;
import org.functions4j.runtime.webhook.WebhookOutcome;
import org.functions4j.runtime.webhook.WebhookRequest;

/**
 * Puts a webhook function's receiver in front of it, in place of the key check. The receiver sees
 * the raw body, read once; the function then gets the same bytes. The key is chosen by name
 * ({@code x-functions-clientid}, else {@code clientid}, else {@code default}; a function key beats
 * a host key of the same name). The master key skips the check. A rejection is answered
 * {@code {"Message": "..."}}: also a charset the host cannot decode (415) and a body that cannot
 * be read (400).
 */
final class WebhookCheck {
    private WebhookCheck() {
    }

    /** True when the delivery may go on to the function; false when this answered. */
    static boolean passes(FunctionApp app, Exchange exchange, FunctionDefinition function, ExchangeRequestData data,
                          String presentedKey) throws IOException {
        if (app.authorizer().isMaster(presentedKey)) {
            return true;
        }
        WebhookOutcome outcome = check(app, exchange, function, data);
        if (outcome.accepted()) {
            return true;
        }
        app.observer().webhookRejected(function.name());
        if (outcome.allow() != null) {
            exchange.header("Allow", outcome.allow());
        }
        ObjectNode message = app.json().createObjectNode().put("Message", outcome.message());
        exchange.send(outcome.status(), Answers.JSON, app.json().writeValueAsBytes(message));
        return false;
    }

    private static WebhookOutcome check(FunctionApp app, Exchange exchange, FunctionDefinition function,
                                        ExchangeRequestData data) {
        try {
            BodyText.charset(data.contentType());
        } catch (BindingException e) {
            return WebhookOutcome.reject(e.status(), e.getMessage());
        }
        byte[] body;
        try {
            body = data.rawBody();
        } catch (UncheckedIOException e) {
            return WebhookOutcome.reject(400, "The request body could not be read.");
        }
        String key = app.secrets().webhookKey(function.name(), clientId(exchange, data)).orElse(null);
        return app.webhooks().of(function.trigger().webHookType())
                .check(new WebhookRequest(exchange.method(), data.headers(), data.queryParameters(), body), key);
    }

    private static String clientId(Exchange exchange, ExchangeRequestData data) {
        String header = exchange.header("x-functions-clientid");
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String query = QueryString.value(data.queryParameters(), "clientid");
        return query != null && !query.isBlank() ? query.strip() : "default";
    }
}
