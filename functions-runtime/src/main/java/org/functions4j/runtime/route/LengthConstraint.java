package org.functions4j.runtime.route;

import java.util.List;

/** {@code minlength(n)}, {@code maxlength(n)}, {@code length(n)} and {@code length(min,max)}: bounds on the value's length. */
final class LengthConstraint implements RouteConstraint {
    private final String text;
    private final long min;
    private final long max;

    private LengthConstraint(String text, long min, long max) {
        if (min < 0 || max < min) {
            throw new RouteTemplateException("constraint '" + text + "' has an impossible length range");
        }
        this.text = text;
        this.min = min;
        this.max = max;
    }

    static LengthConstraint minLength(long n) {
        return new LengthConstraint("minlength(" + n + ")", n, Integer.MAX_VALUE);
    }

    static LengthConstraint maxLength(long n) {
        return new LengthConstraint("maxlength(" + n + ")", 0, n);
    }

    static LengthConstraint length(long[] args) {
        return args.length == 1
                ? new LengthConstraint("length(" + args[0] + ")", args[0], args[0])
                : new LengthConstraint("length(" + args[0] + "," + args[1] + ")", args[0], args[1]);
    }

    @Override
    public boolean accepts(String value) {
        return value.length() >= min && value.length() <= max;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public List<String> samples() {
        int shortest = (int) Math.min(Math.max(min, 1), 64);
        int longest = (int) Math.min(max, 64);
        return List.of("a".repeat(shortest), "1".repeat(shortest), "a".repeat(longest), "1".repeat(longest));
    }
}
