package org.functions4j.runtime.route;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a raw request path into percent-decoded segments. The split happens before decoding,
 * so an encoded slash ({@code %2F}) stays inside its segment's value.
 */
public final class PathSegments {
    private static final String[] NONE = new String[0];

    private PathSegments() {
    }

    /**
     * Splits and decodes a path.
     *
     * @param rawPath the path as sent
     * @return the decoded segments of {@code rawPath}, without the leading and one trailing slash, or
     *         null when the path is not valid percent-encoded UTF-8
     */
    public static String[] split(String rawPath) {
        int start = rawPath.startsWith("/") ? 1 : 0;
        int end = rawPath.length();
        if (end > start && rawPath.charAt(end - 1) == '/') {
            end--;
        }
        if (end <= start) {
            return NONE;
        }
        List<String> segments = new ArrayList<>(8);
        int from = start;
        for (int i = start; i <= end; i++) {
            if (i == end || rawPath.charAt(i) == '/') {
                String decoded = decode(rawPath, from, i);
                if (decoded == null) {
                    return null;
                }
                segments.add(decoded);
                from = i + 1;
            }
        }
        return segments.toArray(NONE);
    }

    /** Percent-decodes {@code s[from, to)} as UTF-8; '+' is left alone, as it should be in a path. */
    static String decode(String s, int from, int to) {
        int percent = s.indexOf('%', from);
        if (percent < 0 || percent >= to) {
            return s.substring(from, to);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= to) {
                    return null;
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                int codePointEnd = i + Character.charCount(s.codePointAt(i));
                byte[] encoded = s.substring(i, codePointEnd).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i = codePointEnd - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
