package org.functions4j.runtime.route;

import java.util.List;

/**
 * Whole numbers within bounds: {@code int} and {@code long} (the 32- and 64-bit ranges), and
 * {@code min(n)}, {@code max(n)} and {@code range(a,b)} (64-bit integers within the given bounds).
 */
final class RangeConstraint implements RouteConstraint {
    static final RangeConstraint INT = new RangeConstraint("int", Integer.MIN_VALUE, Integer.MAX_VALUE);
    static final RangeConstraint LONG = new RangeConstraint("long", Long.MIN_VALUE, Long.MAX_VALUE);

    private final String text;
    private final long min;
    private final long max;

    private RangeConstraint(String text, long min, long max) {
        if (max < min) {
            throw new RouteTemplateException("constraint '" + text + "' has its bounds the wrong way round");
        }
        this.text = text;
        this.min = min;
        this.max = max;
    }

    static RangeConstraint min(long n) {
        return new RangeConstraint("min(" + n + ")", n, Long.MAX_VALUE);
    }

    static RangeConstraint max(long n) {
        return new RangeConstraint("max(" + n + ")", Long.MIN_VALUE, n);
    }

    static RangeConstraint range(long[] bounds) {
        return new RangeConstraint("range(" + bounds[0] + "," + bounds[1] + ")", bounds[0], bounds[1]);
    }

    @Override
    public boolean accepts(String value) {
        Long parsed = parseLong(value);
        return parsed != null && parsed >= min && parsed <= max;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public List<String> samples() {
        return List.of("0", "1", "-1", "42", String.valueOf(min), String.valueOf(max)); // friendly examples first
    }

    /**
     * Parses like .NET's {@code NumberStyles.Integer}: surrounding white space, an optional sign,
     * ASCII digits. Returns null instead of throwing, since route matching tries values that fail
     * on every request.
     */
    static Long parseLong(String value) {
        String s = value.strip();
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (i == s.length()) {
            return null;
        }
        long result = 0;
        for (; i < s.length(); i++) {
            int digit = s.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return null;
            }
            // Accumulate negatively so Long.MIN_VALUE parses without overflow.
            if (result < (Long.MIN_VALUE + digit) / 10) {
                return null;
            }
            result = result * 10 - digit;
        }
        if (!negative) {
            if (result == Long.MIN_VALUE) {
                return null;
            }
            result = -result;
        }
        return result;
    }
}
