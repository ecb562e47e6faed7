package org.functions4j.runtime.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The invocation's trace context from the request's headers. Cases from the W3C Trace Context test
 * suite, w3c/trace-context test/test.py (test name beside each row); a header sent twice arrives
 * joined with ",", as the host joins repeated headers.
 */
class W3cTraceContextTest {
    private static final String TRACE = "12345678901234567890123456789012";

    /** traceparent | continues the trace (true) or starts a new one (false) | test.py */
    @ParameterizedTest(name = "[{index}] {2}: ''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
            -                                                                     | false | test_both_traceparent_and_tracestate_missing
            00-12345678901234567890123456789012-1234567890123456-01               | true  | test_traceparent_included_tracestate_missing
            00-12345678901234567890123456789011-1234567890123456-01,00-12345678901234567890123456789012-1234567890123456-01 | false | test_traceparent_duplicated
            00-12345678901234567890123456789012-1234567890123456-01.              | false | test_traceparent_version_0x00
            00-12345678901234567890123456789012-1234567890123456-01-what-the-future-will-be-like | false | test_traceparent_version_0x00
            cc-12345678901234567890123456789012-1234567890123456-01               | true  | test_traceparent_version_0xcc
            cc-12345678901234567890123456789012-1234567890123456-01-what-the-future-will-be-like | true | test_traceparent_version_0xcc
            cc-12345678901234567890123456789012-1234567890123456-01.what-the-future-will-be-like | false | test_traceparent_version_0xcc
            ff-12345678901234567890123456789012-1234567890123456-01               | false | test_traceparent_version_0xff
            .0-12345678901234567890123456789012-1234567890123456-01               | false | test_traceparent_version_illegal_characters
            0.-12345678901234567890123456789012-1234567890123456-01               | false | test_traceparent_version_illegal_characters
            000-12345678901234567890123456789012-1234567890123456-01              | false | test_traceparent_version_too_long
            0000-12345678901234567890123456789012-1234567890123456-01             | false | test_traceparent_version_too_long
            0-12345678901234567890123456789012-1234567890123456-01                | false | test_traceparent_version_too_short
            00-00000000000000000000000000000000-1234567890123456-01               | false | test_traceparent_trace_id_all_zero
            00-.2345678901234567890123456789012-1234567890123456-01               | false | test_traceparent_trace_id_illegal_characters
            00-1234567890123456789012345678901.-1234567890123456-01               | false | test_traceparent_trace_id_illegal_characters
            00-123456789012345678901234567890123-1234567890123456-01              | false | test_traceparent_trace_id_too_long
            00-1234567890123456789012345678901-1234567890123456-01                | false | test_traceparent_trace_id_too_short
            00-12345678901234567890123456789012-0000000000000000-01               | false | test_traceparent_parent_id_all_zero
            00-12345678901234567890123456789012-.234567890123456-01               | false | test_traceparent_parent_id_illegal_characters
            00-12345678901234567890123456789012-123456789012345.-01               | false | test_traceparent_parent_id_illegal_characters
            00-12345678901234567890123456789012-12345678901234567-01              | false | test_traceparent_parent_id_too_long
            00-12345678901234567890123456789012-123456789012345-01                | false | test_traceparent_parent_id_too_short
            00-12345678901234567890123456789012-1234567890123456-.0               | false | test_traceparent_trace_flags_illegal_characters
            00-12345678901234567890123456789012-1234567890123456-0.               | false | test_traceparent_trace_flags_illegal_characters
            00-12345678901234567890123456789012-1234567890123456-001              | false | test_traceparent_trace_flags_too_long
            00-12345678901234567890123456789012-1234567890123456-1                | false | test_traceparent_trace_flags_too_short
            ` 00-12345678901234567890123456789012-1234567890123456-01`            | true  | test_traceparent_ows_handling
            `00-12345678901234567890123456789012-1234567890123456-01 `            | true  | test_traceparent_ows_handling
            00-12345678901234567890123456789012-1234567890123456-01               | true  | test_traceparent_header_name_valid_casing
            00-ABCDEF78901234567890123456789012-1234567890123456-01               | false | uppercase hex is not HEXDIGLC (section 3.2.2)
            """)
    void continuesAValidTraceOrStartsANewOne(String traceparent, boolean continues, String test) {
        W3cTraceContext context = W3cTraceContext.of(traceparent, "foo=1");
        String[] parts = context.getTraceparent().split("-");
        assertEquals(4, parts.length);
        assertEquals("00", parts[0]);
        assertTrue(parts[1].matches("[0-9a-f]{32}") && !parts[1].equals("0".repeat(32)), context::toString);
        assertTrue(parts[2].matches("[0-9a-f]{16}") && !parts[2].equals("0".repeat(16)), context::toString);
        assertNotEquals("1234567890123456", parts[2], "the invocation has a span id of its own");
        if (continues) {
            assertEquals(TRACE, parts[1]);
            assertEquals("01", parts[3], "the caller's flags");
            assertEquals("foo=1", context.getTracestate(), "the tracestate is kept");
        } else {
            assertNotEquals(TRACE, parts[1]);
            assertNotEquals("12345678901234567890123456789011", parts[1]);
            assertEquals("", context.getTracestate(), "a tracestate without a valid traceparent is dropped");
        }
    }

    /** tracestate (headers joined with ",") | what is kept | test.py */
    @ParameterizedTest(name = "[{index}] {2}: ''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            foo=1,bar=2                        | foo=1,bar=2                   | test_tracestate_included_traceparent_included
            ``                                 | ``                            | test_tracestate_empty_header
            `foo=1,`                           | foo=1                         | test_tracestate_empty_header
            `,foo=1`                           | foo=1                         | test_tracestate_empty_header
            foo=1,bar=2,rojo=1,congo=2,baz=3   | foo=1,bar=2,rojo=1,congo=2,baz=3 | test_tracestate_multiple_headers_different_keys
            foo=1,foo=1                        | ``                            | test_tracestate_duplicated_keys
            foo=1,foo=2                        | ``                            | test_tracestate_duplicated_keys
            `foo=1 \t , \t bar=2, \t baz=3`    | foo=1,bar=2,baz=3             | test_tracestate_ows_handling
            ` foo=1`                           | foo=1                         | test_tracestate_ows_handling
            `foo=1\t`                          | foo=1                         | test_tracestate_ows_handling
            `foo =1`                           | ``                            | test_tracestate_key_illegal_characters
            FOO=1                              | ``                            | test_tracestate_key_illegal_characters
            foo.bar=1                          | ``                            | test_tracestate_key_illegal_characters
            foo@=1,bar=2                       | ``                            | test_tracestate_key_illegal_vendor_format
            @foo=1,bar=2                       | ``                            | test_tracestate_key_illegal_vendor_format
            foo@@bar=1,bar=2                   | ``                            | test_tracestate_key_illegal_vendor_format
            foo@bar@baz=1,bar=2                | ``                            | test_tracestate_key_illegal_vendor_format
            abcdefghijklmnopqrstuvwxyz0123456789_-*/=1  | abcdefghijklmnopqrstuvwxyz0123456789_-*/=1 | test_tracestate_all_allowed_characters
            tenant@vendor=x                    | tenant@vendor=x               | test_tracestate_all_allowed_characters
            """)
    void keepsAValidTracestateAndDropsAnInvalidOne(String tracestate, String kept, String test) {
        String header = tracestate.replace("\\t", "\t");
        W3cTraceContext context = W3cTraceContext.of("00-" + TRACE + "-1234567890123456-00", header);
        assertEquals(TRACE, context.getTraceparent().split("-")[1]);
        assertEquals(kept, context.getTracestate());
    }

    /** test_tracestate_member_count_limit: 32 members are kept, 33 are dropped. */
    @ParameterizedTest(name = "{0} members")
    @CsvSource({"32, true", "33, false"})
    void keepsAtMost32Members(int members, boolean kept) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < members; i++) {
            list.append(i == 0 ? "" : ",").append("k").append(i).append("=v");
        }
        W3cTraceContext context = W3cTraceContext.of("00-" + TRACE + "-1234567890123456-00", list.toString());
        assertEquals(kept ? list.toString() : "", context.getTracestate());
    }
}
