package org.functions4j.runtime.invoke;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses a raw query string as Azure does: decoded names and values, the first value of a
 * repeated name. Parsed by hand so the servlet container never consumes a form body for it.
 */
public final class QueryString {
    private QueryString() {
    }

    /** Decoded names and values of a raw query string, first value of a repeated name. */
    public static Map<String, String> parse(String query) {
        if (query == null || query.isEmpty()) {
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.putIfAbsent(name, value);
        }
        return Collections.unmodifiableMap(values);
    }

    /** The decoded value of a parameter, or null. */
    public static String first(String query, String name) {
        return parse(query).get(name);
    }

    /** A name or value decoded; malformed escapes are kept as sent rather than failing the request. */
    public static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
