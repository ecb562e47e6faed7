package org.functions4j.runtime.route;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of one route parameter (between its braces, escapes already undone) the way
 * ASP.NET Core's route parameter parser does: {@code *} or {@code **} before the name makes a
 * catch-all; a final {@code ?} makes it optional; the name runs to the first {@code :} or
 * {@code =} that is not its first character; each {@code :} starts a constraint whose argument in
 * parentheses ends at a {@code )} followed by {@code :}, {@code =} or the end; {@code =} starts
 * the default value, which runs to the end.
 */
final class RouteParameterParser {
    /**
     * One parameter's parts.
     *
     * @param name the name, not yet validated
     * @param catchAll whether it starts with {@code *}
     * @param optional whether it ends with {@code ?}
     * @param constraints each constraint's text, e.g. {@code int} or {@code regex(^a$)} (possibly empty)
     * @param defaultValue the default, or null
     */
    record Parts(String name, boolean catchAll, boolean optional, List<String> constraints, String defaultValue) {
    }

    private RouteParameterParser() {
    }

    static Parts parse(String parameter) {
        int start = 0;
        int end = parameter.length(); // exclusive
        boolean catchAll = false;
        if (parameter.startsWith("**")) {
            catchAll = true;
            start = 2;
        } else if (parameter.startsWith("*")) {
            catchAll = true;
            start = 1;
        }
        boolean optional = end > start && parameter.charAt(end - 1) == '?';
        if (optional) {
            end--;
        }
        int i = start;
        while (i < end && !((parameter.charAt(i) == ':' || parameter.charAt(i) == '=') && i != start)) {
            i++;
        }
        String name = parameter.substring(start, i);
        List<String> constraints = new ArrayList<>();
        while (i < end && parameter.charAt(i) == ':') {
            int constraintStart = i + 1;
            i = constraintEnd(parameter, constraintStart, end);
            constraints.add(parameter.substring(constraintStart, i));
        }
        String defaultValue = i < end && parameter.charAt(i) == '=' ? parameter.substring(i + 1, end) : null;
        return new Parts(name, catchAll, optional, List.copyOf(constraints), defaultValue);
    }

    /**
     * Where a constraint starting at {@code from} ends: at the next {@code :} or {@code =} outside
     * its parentheses; inside them, only at a {@code )} followed by {@code :}, {@code =} or the end.
     */
    private static int constraintEnd(String parameter, int from, int end) {
        int i = from;
        while (i < end) {
            char c = parameter.charAt(i);
            if (c == ':' || c == '=') {
                return i;
            }
            if (c == '(') {
                int close = closingParenthesis(parameter, i + 1, end);
                if (close < 0) {
                    return end; // unclosed: the rest is this constraint's text, refused when it is resolved
                }
                i = close + 1;
                continue;
            }
            i++;
        }
        return end;
    }

    private static int closingParenthesis(String parameter, int from, int end) {
        for (int j = from; j < end; j++) {
            if (parameter.charAt(j) == ')' && (j + 1 == end || parameter.charAt(j + 1) == ':'
                    || parameter.charAt(j + 1) == '=')) {
                return j;
            }
        }
        return -1;
    }
}
