package org.functions4j.runtime.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code getUri()} for whatever the server routed: text a {@link URI} can hold is kept as sent;
 * what it cannot (RFC 3986 section 2: a {@code %} not starting an escape, characters outside the
 * unreserved and reserved sets) is percent-encoded as UTF-8, never refused.
 */
class RequestUriTest {
    /** request URL as sent | getUri().toString() */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            http://h/api/x?a=1&b=%C3%A9         | http://h/api/x?a=1&b=%C3%A9
            http://h/api/caf%C3%A9              | http://h/api/caf%C3%A9
            http://h/api/café                   | http://h/api/café
            'http://h/api/x?a=|b'               | http://h/api/x?a=%7Cb
            http://h/api/a%zz                   | http://h/api/a%25zz
            http://h/api/%41%zz%4               | http://h/api/%41%25zz%254
            http://h/api/x?q=100%               | http://h/api/x?q=100%25
            'http://h/api/a"b{c}<d>^`'          | http://h/api/a%22b%7Bc%7D%3Cd%3E%5E%60
            'http://[::1]:7071/api/x y|'        | http://[::1]:7071/api/x%20y%7C
            http://h/api/a\\b?x=[1]             | http://h/api/a%5Cb?x=%5B1%5D
            'http://h/api/é|😀'                  | http://h/api/%C3%A9%7C%F0%9F%98%80
            """)
    void holdsWhatWasSentOrItsEscapedForm(String sent, String expected) {
        assertEquals(expected, RequestUri.parse(sent).toString());
    }

    @org.junit.jupiter.api.Test
    void parsesOnceWhenFirstAskedFor() {
        RequestUri uri = new RequestUri("http://h/api/x?a=1");
        assertSame(uri.get(), uri.get());
    }
}
