package org.functions4j.runtime.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import org.functions4j.runtime.invoke.BindingException;
import org.functions4j.runtime.invoke.BodyText;
import org.functions4j.runtime.invoke.JsonProblems;
import org.functions4j.runtime.invoke.QueryString;

/**
 * {@code genericJson}: a POST (405 otherwise) whose {@code code} (or {@code x-functions-key}) is the
 * selected key (400 otherwise), with a JSON content type (415 otherwise) and a body that parses as
 * JSON (400 otherwise): well-formed UTF-8, one value and nothing after it.
 */
final class GenericJsonReceiver implements WebhookReceiver {
    private final ObjectMapper json;

    GenericJsonReceiver(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public WebhookOutcome check(WebhookRequest request, String key) {
        if (!request.method().equals("POST")) {
            return WebhookOutcome.postOnly();
        }
        String given = request.header("x-functions-key") != null ? request.header("x-functions-key")
                : QueryString.value(request.query(), "code");
        if (!Hmac.sameSecret(key, given)) {
            return WebhookOutcome.reject(400, "The 'code' query parameter does not match the webhook's key.");
        }
        if (!isJson(request.header("content-type"))) {
            return WebhookOutcome.reject(415, "A genericJson webhook accepts only application/json.");
        }
        try {
            BodyText.requireUtf8(request.body());
            JsonNode parsed = json.readTree(request.body());
            if (parsed == null || parsed.isMissingNode()) {
                return WebhookOutcome.reject(400, "The body is empty; a genericJson webhook expects JSON.");
            }
        } catch (BindingException e) {
            return WebhookOutcome.reject(400, e.getMessage());
        } catch (JsonProcessingException e) {
            return WebhookOutcome.reject(400, JsonProblems.describe(e));
        } catch (IOException e) {
            return WebhookOutcome.reject(400, "The body is not valid JSON.");
        }
        return WebhookOutcome.ACCEPT;
    }

    /** {@code application/json}, or any {@code +json} type, with any parameters. */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
    }
}
