package org.functions4j.runtime.host;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How one host.json value is read: its type and range, as the reference host reads configuration
 * (values given as strings are converted: environment variables are strings).
 *
 * @param <T> what the value becomes
 */
interface HostValue<T> {
    /**
     * @param value the value given, never null or JSON null
     * @return the value read
     * @throws Invalid when the value is not acceptable, saying what is
     */
    T read(JsonNode value);

    /** A value that is not acceptable; {@code part} names a member of it ({@code customHeaders.X-A}) or is null. */
    final class Invalid extends RuntimeException {
        final String part;
        final JsonNode value;
        final String expected;

        Invalid(String part, JsonNode value, String expected) {
            super(expected, null, false, false);
            this.part = part;
            this.value = value;
            this.expected = expected;
        }

        Invalid(JsonNode value, String expected) {
            this(null, value, expected);
        }
    }

    static HostValue<String> text() {
        return value -> {
            if (!value.isTextual()) {
                throw new Invalid(value, "a string");
            }
            return value.asText();
        };
    }

    static HostValue<Boolean> bool() {
        return value -> {
            if (value.isBoolean()) {
                return value.asBoolean();
            }
            if (value.isTextual() && (value.asText().equalsIgnoreCase("true") || value.asText().equalsIgnoreCase("false"))) {
                return Boolean.parseBoolean(value.asText().toLowerCase(Locale.ROOT));
            }
            throw new Invalid(value, "true or false");
        };
    }

    /** A whole number within [min, max]. */
    static HostValue<Long> whole(long min, long max) {
        return value -> {
            Long parsed = integer(value);
            if (parsed == null || parsed < min || parsed > max) {
                throw new Invalid(value, "a whole number from " + min + " to " + max);
            }
            return parsed;
        };
    }

    /** A count limit: -1 for none, else from 1 to {@code Integer.MAX_VALUE}. */
    static HostValue<Integer> limit() {
        return value -> {
            Long parsed = integer(value);
            if (parsed == null || parsed == 0 || parsed < -1 || parsed > Integer.MAX_VALUE) {
                throw new Invalid(value, "a whole number from 1 to " + Integer.MAX_VALUE + ", or -1 for no limit");
            }
            return parsed.intValue();
        };
    }

    /** A .NET time span within [min, max]. */
    static HostValue<Duration> timeSpan(Duration min, Duration max) {
        return value -> {
            Duration parsed = value.isTextual() ? TimeSpan.parse(value.asText()) : null;
            if (parsed == null || parsed.compareTo(min) < 0 || parsed.compareTo(max) > 0) {
                throw new Invalid(value, "a time span from " + TimeSpan.format(min) + " to " + TimeSpan.format(max)
                        + " (\"[d.]hh:mm:ss[.fffffff]\")");
            }
            return parsed;
        };
    }

    /** {@code functionTimeout}: a time span from 1 ms, or {@code "-1"} for none (empty). */
    static HostValue<Optional<Duration>> timeoutOrNone() {
        return value -> {
            String text = value.isTextual() ? value.asText().strip() : "";
            if (text.equals("-1")) {
                return Optional.empty();
            }
            Duration timeout = TimeSpan.parse(text);
            if (timeout == null || timeout.compareTo(Duration.ofMillis(1)) < 0) {
                throw new Invalid(value, "a time span from " + TimeSpan.format(Duration.ofMillis(1)) + " to "
                        + TimeSpan.format(TimeSpan.MAX) + " (\"[d.]hh:mm:ss[.fffffff]\"), or \"-1\" for none");
            }
            return Optional.of(timeout);
        };
    }

    /** An array of host names, in lower case. */
    static HostValue<List<String>> hostNames() {
        return value -> {
            if (!value.isArray()) {
                throw new Invalid(value, "an array of host names");
            }
            List<String> hosts = new ArrayList<>();
            for (JsonNode host : value) {
                if (!host.isTextual()) {
                    throw new Invalid(value, "an array of host names (strings)");
                }
                hosts.add(host.asText().toLowerCase(Locale.ROOT));
            }
            return List.copyOf(hosts);
        };
    }

    /** An array of non-blank strings. */
    static HostValue<List<String>> strings() {
        return value -> {
            if (!value.isArray()) {
                throw new Invalid(value, "an array of strings");
            }
            List<String> strings = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual() || item.asText().isBlank()) {
                    throw new Invalid(value, "an array of non-empty strings");
                }
                strings.add(item.asText().strip());
            }
            return List.copyOf(strings);
        };
    }

    /** An object of response headers: token names, string values on one line. */
    static HostValue<Map<String, String>> headers() {
        return value -> {
            if (!value.isObject()) {
                throw new Invalid(value, "an object");
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> header = it.next();
                if (!header.getValue().isValueNode() || header.getValue().isNull()
                        || !header.getKey().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")
                        || !header.getValue().asText().matches("[\\t\\x20-\\x7e\\x80-\\xff]*")) {
                    // A line break in a value would break every response (or split it): refuse it here.
                    throw new Invalid(header.getKey(), header.getValue(),
                            "a header name (token characters) with a string value on one line");
                }
                headers.put(header.getKey(), header.getValue().asText());
            }
            return Map.copyOf(headers);
        };
    }

    private static Long integer(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isTextual() && value.asText().strip().matches("-?\\d{1,18}")) {
            return Long.parseLong(value.asText().strip());
        }
        return null;
    }
}
