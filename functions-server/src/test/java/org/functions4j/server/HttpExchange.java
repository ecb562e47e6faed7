package org.functions4j.server;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A request to send and the response received, independent of how it was sent.
 *
 * @param status the response status
 * @param headers response headers, names in lower case
 * @param body the response body
 */
public record HttpExchange(int status, Map<String, String> headers, byte[] body) {
    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** A response header, by name in any case. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    static Map<String, String> lowerCase(Map<String, String> headers) {
        Map<String, String> lower = new LinkedHashMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return lower;
    }

    /** A request: method, path with query, headers, body (null for none). */
    public record Request(String method, String target, Map<String, String> headers, byte[] body) {
        public static Request of(String method, String target) {
            return new Request(method, target, Map.of(), null);
        }

        public Request header(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new Request(method, target, copy, body);
        }

        public Request body(String text) {
            return body(text.getBytes(StandardCharsets.UTF_8));
        }

        public Request body(byte[] bytes) {
            return new Request(method, target, headers, bytes);
        }
    }
}
