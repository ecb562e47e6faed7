package org.functions4j.runtime.route;

import java.util.List;

/** {@code min(n)}, {@code max(n)} and {@code range(a,b)}: a 64-bit integer within bounds. */
final class RangeConstraint implements RouteConstraint {
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
        Long parsed = IntegerConstraint.parseLong(value);
        return parsed != null && parsed >= min && parsed <= max;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public List<String> samples() {
        return List.of(String.valueOf(min), String.valueOf(max), "0", "1", "42");
    }
}
