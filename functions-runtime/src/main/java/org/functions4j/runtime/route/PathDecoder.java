package org.functions4j.runtime.route;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a request path as Kestrel does before ASP.NET routing sees it (its UrlDecoder in path
 * mode, then PathNormalizer): every {@code %XX} escape is decoded once, except {@code %2F}, which
 * stays as sent so that it never becomes a separator; an escape that is malformed ({@code %1},
 * {@code %$$}) or bytes that are not valid UTF-8 ({@code %C3%C3}) stay as sent; then {@code .} and
 * {@code ..} segments are removed, never climbing above the root.
 */
public final class PathDecoder {
    private PathDecoder() {
    }

    /**
     * The decoded, normalized path.
     *
     * @param rawPath the path as sent, starting with '/'
     * @return the path, or null when it holds {@code %00} (Kestrel refuses it)
     */
    public static String decode(String rawPath) {
        String decoded = rawPath.indexOf('%') < 0 ? rawPath : unescape(rawPath);
        if (decoded == null) {
            return null;
        }
        return decoded.indexOf('.') < 0 ? decoded : removeDotSegments(decoded);
    }

    /** Percent-decoding, path mode: {@code %2F} kept, malformed escapes and bad UTF-8 kept as sent. */
    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int b = c == '%' ? hexByte(s, i) : -1;
            if (b < 0 || b == '/') {
                out.append(c);
                i++;
                continue;
            }
            if (b == 0) {
                return null;
            }
            if (b < 0x80) {
                out.append((char) b);
                i += 3;
                continue;
            }
            int end = utf8SequenceEnd(s, i, b);
            if (end < 0) {
                out.append(c); // not UTF-8: this escape stays; the next one gets its own chance
                i++;
                continue;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(4);
            for (int j = i; j < end; j += 3) {
                bytes.write(hexByte(s, j));
            }
            out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
            i = end;
        }
        return out.toString();
    }

    /** The byte an escape at {@code i} stands for, or -1 when there is no valid escape there. */
    private static int hexByte(String s, int i) {
        if (i + 2 >= s.length() || s.charAt(i) != '%') {
            return -1;
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        return hi < 0 || lo < 0 ? -1 : hi << 4 | lo;
    }

    /**
     * Where the escaped UTF-8 sequence led by byte {@code first} at {@code i} ends, or -1 when it
     * is not a well-formed sequence (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF).
     */
    private static int utf8SequenceEnd(String s, int i, int first) {
        int length;
        int min;
        if (first >= 0xC2 && first <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (first >= 0xE0 && first <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (first >= 0xF0 && first <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return -1;
        }
        int codePoint = first & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int next = hexByte(s, i + 3 * k);
            if (next < 0 || (next & 0xC0) != 0x80) {
                return -1;
            }
            codePoint = codePoint << 6 | next & 0x3F;
        }
        if (codePoint < min || codePoint > 0x10FFFF || codePoint >= 0xD800 && codePoint <= 0xDFFF) {
            return -1;
        }
        return i + 3 * length;
    }

    /** RFC 3986 section 5.2.4 on a path starting with '/', as Kestrel's PathNormalizer does it. */
    static String removeDotSegments(String path) {
        String[] segments = path.split("/", -1);
        java.util.ArrayDeque<String> kept = new java.util.ArrayDeque<>();
        boolean trailingSlash = false;
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".")) {
                trailingSlash = last;
            } else if (segment.equals("..")) {
                kept.pollLast();
                trailingSlash = last;
            } else {
                kept.addLast(segment);
                trailingSlash = false;
            }
        }
        StringBuilder out = new StringBuilder(path.length());
        for (String segment : kept) {
            out.append('/').append(segment);
        }
        if (trailingSlash || out.length() == 0) {
            out.append('/');
        }
        return out.toString();
    }
}
