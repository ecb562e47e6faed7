package org.functions4j.runtime.webhook;

import java.util.Locale;
import java.util.Map;

/**
 * What a receiver looks at: a delivery, independent of the servlet API.
 *
 * @param method the HTTP method
 * @param headers headers with lower-case names
 * @param query decoded query parameters (first value of a repeated name)
 * @param body the raw body, exactly as received (empty when there is none)
 */
public record WebhookRequest(String method, Map<String, String> headers, Map<String, String> query, byte[] body) {
    /** A header, by name in any case; null when absent. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
