package org.functions4j.runtime.invoke;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * A request's URI for {@code HttpRequestMessage.getUri()}, parsed when a function first asks for
 * it (a {@link URI} costs about a tenth of a small request's CPU, and most functions never ask). The
 * text is what the client sent: characters a URI may not hold (a stray {@code %}, a {@code |} or
 * space a client left unescaped) are percent-encoded instead of refused, so every request the
 * server routed has a URI.
 */
final class RequestUri {
    private static final String HEX = "0123456789ABCDEF";
    /** RFC 3986's unreserved characters and the reserved ones a path or query may hold as they are. */
    private static final String ALLOWED = "-._~:/?@!$&'()*+,;=";

    private final String text;
    private volatile URI parsed;

    /** @param text the request URL, query included */
    RequestUri(String text) {
        this.text = text;
    }

    URI get() {
        URI uri = parsed;
        if (uri == null) {
            uri = parse(text);
            parsed = uri; // immutable: two threads parsing at once get equal values
        }
        return uri;
    }

    static URI parse(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return URI.create(escape(text));
        }
    }

    /**
     * Percent-encodes (as UTF-8) what a URI's path and query may not hold, leaving valid escapes and
     * the scheme and authority (an IPv6 host's brackets) alone.
     */
    static String escape(String text) {
        int authority = text.indexOf("://");
        int path = authority < 0 ? 0 : text.indexOf('/', authority + 3);
        if (path < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, path);
        for (int i = path; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.append(c);
            } else if (c < 0x80 && (Character.isLetterOrDigit(c) || ALLOWED.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX.charAt(b >> 4 & 0xF)).append(HEX.charAt(b & 0xF));
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
