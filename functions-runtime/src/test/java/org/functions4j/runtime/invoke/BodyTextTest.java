package org.functions4j.runtime.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14.1 and 14.6: charsets the host cannot decode are 415; malformed bytes are 400, never replaced. */
class BodyTextTest {
    /** content type | charset, or the status it is refused with */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ''                                          | UTF-8
            application/json                            | UTF-8
            application/json; charset=utf-8             | UTF-8
            'text/plain; charset="ISO-8859-1"'          | ISO-8859-1
            text/plain;CHARSET=utf-16                   | UTF-16
            application/json; charset=nope-123          | 415
            application/json; charset=x@y               | 415
            'application/json; charset='                | 415
            text/plain; foo=bar; charset=windows-1252   | windows-1252
            """)
    void readsTheCharsetOfAContentType(String contentType, String expected) {
        String type = contentType.isEmpty() ? null : contentType;
        if (expected.equals("415")) {
            BindingException e = assertThrows(BindingException.class, () -> BodyText.charset(type));
            assertEquals(415, e.status());
        } else {
            assertEquals(expected, BodyText.charset(type).name());
        }
    }

    /** bytes (hex) | decoded text, or the byte offset of the first bad byte (RFC 3629 section 10; Unicode 15 table 3-7) */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            7b7d             | {}
            c3a9             | é
            e282ac           | €
            f09f9880         | 😀
            c0af             | @0
            e080af           | @0
            f08080af         | @0
            612fc0af         | @2
            eda080           | @0
            f4908080         | @0
            80               | @0
            c3               | @0
            61e282           | @1
            fe               | @0
            """)
    void decodesUtf8Strictly(String hex, String expected) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        if (expected.startsWith("@")) {
            BindingException e = assertThrows(BindingException.class,
                    () -> BodyText.decode(bytes, StandardCharsets.UTF_8));
            assertEquals(400, e.status());
            assertEquals("The request body is not valid UTF-8 (byte offset " + expected.substring(1) + ").", e.getMessage());
            assertThrows(BindingException.class, () -> BodyText.requireUtf8(bytes));
        } else {
            assertEquals(expected, BodyText.decode(bytes, StandardCharsets.UTF_8));
            BodyText.requireUtf8(bytes);
        }
    }
}
