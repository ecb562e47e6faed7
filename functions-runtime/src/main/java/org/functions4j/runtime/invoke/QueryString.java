package org.functions4j.runtime.invoke;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parses a raw query string as the Azure host hands it to a Java function (ASP.NET Core's query
 * parsing, then the host's and the Java worker's conversion): names and values decoded ({@code +}
 * is a space; an escape that is not valid UTF-8 stays as sent), the values of a name given more
 * than once joined with {@code ","} in order (names compare ignoring case, the first spelling is
 * kept), and a name whose value is empty or blank left out. Parsed by hand so the servlet
 * container never consumes a form body for it.
 */
public final class QueryString {
    private QueryString() {
    }

    /** The parameters of a raw query string (without {@code ?}), in the order first seen. */
    public static Map<String, String> parse(String query) {
        if (query == null || query.isEmpty()) {
            return Map.of();
        }
        if (query.indexOf('&') < 0) { // one parameter, the common case: nothing to merge (JFR: parse was 15% of bytes)
            int eq = query.indexOf('=');
            String name = decode(eq < 0 ? query : query.substring(0, eq));
            String value = eq < 0 ? "" : decode(query.substring(eq + 1));
            return name.isEmpty() || value.isBlank() ? Map.of() : Map.of(name, value);
        }
        Map<String, String[]> byName = new LinkedHashMap<>(); // lower-case name -> {name, value}
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (name.isEmpty()) {
                continue;
            }
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            byName.merge(name.toLowerCase(Locale.ROOT), new String[] {name, value},
                    (first, next) -> new String[] {first[0], first[1] + "," + next[1]});
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String[] entry : byName.values()) {
            if (!entry[1].isBlank()) {
                values.put(entry[0], entry[1]);
            }
        }
        return Collections.unmodifiableMap(values);
    }

    /** The value of a parameter, its name matched ignoring case, or null. */
    public static String first(String query, String name) {
        return value(parse(query), name);
    }

    /** The value of a parsed parameter, its name matched ignoring case (as ASP.NET's query collection), or null. */
    public static String value(Map<String, String> parameters, String name) {
        for (Map.Entry<String, String> entry : parameters.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /**
     * A name or value decoded: {@code +} is a space, {@code %XX} escapes are bytes read as UTF-8;
     * an escape that is malformed, or bytes that are not UTF-8, stay as sent.
     */
    public static String decode(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '+') {
                out.append(' ');
                i++;
            } else if (c == '%' && escapeAt(s, i)) {
                int start = i;
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                while (i < s.length() && s.charAt(i) == '%' && escapeAt(s, i)) {
                    bytes.write(Integer.parseInt(s, i + 1, i + 3, 16));
                    i += 3;
                }
                out.append(utf8OrAsSent(bytes.toByteArray(), s.substring(start, i)));
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean escapeAt(String s, int i) {
        return i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0;
    }

    private static String utf8OrAsSent(byte[] bytes, String sent) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return sent;
        }
    }
}
