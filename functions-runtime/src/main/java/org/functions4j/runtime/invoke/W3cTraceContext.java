package org.functions4j.runtime.invoke;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.functions4j.api.TraceContext;

/**
 * The trace context of an invocation, from the request's W3C Trace Context headers
 * (https://www.w3.org/TR/trace-context/): the invocation continues the caller's trace with a span
 * id of its own, and keeps the caller's {@code tracestate}. A missing or invalid
 * {@code traceparent} starts a new trace (and drops the {@code tracestate}); an invalid
 * {@code tracestate} alone is dropped.
 *
 * @param getTraceparent {@code 00-<trace id>-<this invocation's span id>-<flags>}
 * @param getTracestate the caller's list, normalised, or ""
 * @param getAttributes none yet
 */
record W3cTraceContext(String getTraceparent, String getTracestate, Map<String, String> getAttributes)
        implements TraceContext {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]+");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_SPAN = "0".repeat(16);
    /** {@code key = simple-key / multi-tenant-key} and {@code value}, section 3.3.1.3. */
    private static final Pattern MEMBER = Pattern.compile(
            "(?:[a-z][a-z0-9_\\-*/]{0,255}|[a-z0-9][a-z0-9_\\-*/]{0,240}@[a-z][a-z0-9_\\-*/]{0,13})"
                    + "=[\\x20-\\x2b\\x2d-\\x3c\\x3e-\\x7e]{0,255}[\\x21-\\x2b\\x2d-\\x3c\\x3e-\\x7e]");
    private static final int MAX_MEMBERS = 32;

    /**
     * The context of an invocation called with these headers.
     *
     * @param traceparent the {@code traceparent} header (several joined with ","), or null
     * @param tracestate the {@code tracestate} header (several joined with ","), or null
     */
    public static W3cTraceContext of(String traceparent, String tracestate) {
        String[] parent = parseTraceparent(traceparent);
        String span = newId(8, ZERO_SPAN);
        if (parent == null) {
            return new W3cTraceContext("00-" + newId(16, ZERO_TRACE) + "-" + span + "-00", "", Map.of());
        }
        return new W3cTraceContext("00-" + parent[0] + "-" + span + "-" + parent[1], tracestate(tracestate), Map.of());
    }

    /**
     * The context of an invocation whose span a tracer started (OpenTelemetry): its trace and span
     * ids, the caller's {@code tracestate}.
     */
    static W3cTraceContext continued(String traceId, String spanId, boolean sampled, String tracestate) {
        return new W3cTraceContext("00-" + traceId + "-" + spanId + "-" + (sampled ? "01" : "00"),
                tracestate(tracestate), Map.of());
    }

    /** The trace id of a traceparent this class made. */
    String traceId() {
        return getTraceparent.substring(3, 35);
    }

    /** The trace id and flags of a valid traceparent (section 3.2), or null. */
    static String[] parseTraceparent(String header) {
        if (header == null) {
            return null;
        }
        String value = header.strip();
        if (value.length() < 55 || value.charAt(2) != '-' || value.charAt(35) != '-' || value.charAt(52) != '-') {
            return null;
        }
        String version = value.substring(0, 2);
        String traceId = value.substring(3, 35);
        String parentId = value.substring(36, 52);
        String flags = value.substring(53, 55);
        if (!isHex(version) || version.equals("ff") || !isHex(traceId) || !isHex(parentId) || !isHex(flags)
                || traceId.equals(ZERO_TRACE) || parentId.equals(ZERO_SPAN)) {
            return null;
        }
        // Version 00 is exactly 55 characters; a future version may add fields after a '-'.
        if (value.length() > 55 && (version.equals("00") || value.charAt(55) != '-')) {
            return null;
        }
        return new String[] {traceId, flags};
    }

    /** The list members, OWS and empty members removed; "" when the list is invalid (section 3.3). */
    static String tracestate(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder list = new StringBuilder();
        Set<String> keys = new HashSet<>();
        int count = 0;
        for (String raw : header.split(",", -1)) {
            String member = raw.strip();
            if (member.isEmpty()) {
                continue;
            }
            if (!MEMBER.matcher(member).matches() || !keys.add(member.substring(0, member.indexOf('=')))
                    || ++count > MAX_MEMBERS) {
                return "";
            }
            list.append(list.length() == 0 ? "" : ",").append(member);
        }
        return list.toString();
    }

    private static boolean isHex(String s) {
        return HEX.matcher(s).matches();
    }

    private static String newId(int bytes, String zero) {
        byte[] random = new byte[bytes];
        String id;
        do {
            ThreadLocalRandom.current().nextBytes(random);
            id = HexFormat.of().formatHex(random);
        } while (id.equals(zero));
        return id;
    }
}
