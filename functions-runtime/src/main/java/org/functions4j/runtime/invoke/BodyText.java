package org.functions4j.runtime.invoke;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Decodes request bodies strictly: a charset the JVM does not know is a 415, bytes that are not
 * valid in the charset (overlong UTF-8, lone surrogates, truncated sequences) are a 400 naming
 * the byte offset. Nothing is replaced silently: {@code C0 AF} must never become {@code /}.
 */
public final class BodyText {
    private BodyText() {
    }

    /**
     * The charset the {@code Content-Type} names; UTF-8 when it names none.
     *
     * @param contentType the raw header, or null
     * @throws BindingException 415 when the charset is unknown or its name is illegal
     */
    public static Charset charset(String contentType) {
        String name = charsetName(contentType);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new BindingException(415, "The charset '" + printable(name)
                    + "' of the request's Content-Type is not supported; send UTF-8.");
        }
    }

    /** The {@code charset} parameter of a content type, unquoted, or null. */
    static String charsetName(String contentType) {
        if (contentType == null || contentType.indexOf(';') < 0) {
            return null;
        }
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.regionMatches(true, 0, "charset=", 0, "charset=".length())) {
                return p.substring("charset=".length()).replace("\"", "").strip();
            }
        }
        return null;
    }

    /**
     * The bytes as text in the charset.
     *
     * @throws BindingException 400 when a byte sequence is not valid in the charset
     */
    public static String decode(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) && isAscii(bytes)) {
            return new String(bytes, StandardCharsets.ISO_8859_1); // the fast path: ASCII is ASCII
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L,
                (long) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new BindingException("The request body is not valid " + charset.name() + " (byte offset "
                    + in.position() + ").");
        }
        return out.flip().toString();
    }

    /**
     * Checks that the bytes are well-formed UTF-8, without decoding ASCII.
     *
     * @throws BindingException 400 naming the offset of the first bad byte
     */
    public static void requireUtf8(byte[] bytes) {
        if (!isAscii(bytes)) {
            decode(bytes, StandardCharsets.UTF_8);
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** A client's charset name, safe to echo: short, printable ASCII only. */
    private static String printable(String name) {
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < name.length() && safe.length() < 40; i++) {
            char c = name.charAt(i);
            safe.append(c >= 0x20 && c < 0x7f && c != '\'' ? c : '?');
        }
        return safe.toString().toLowerCase(Locale.ROOT);
    }
}
