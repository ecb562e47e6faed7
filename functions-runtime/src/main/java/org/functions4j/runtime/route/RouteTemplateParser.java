package org.functions4j.runtime.route;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the ASP.NET route template syntax Azure Functions uses: literal segments and whole-segment
 * parameters {@code {name}}, {@code {name?}}, {@code {name=default}}, {@code {*rest}} and
 * constraints {@code {id:int:min(1)}}. Braces inside a constraint's parentheses may be written
 * single or doubled ({@code regex(^\d{3}$)} or {@code regex(^\d{{3}}$)}).
 */
final class RouteTemplateParser {
    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]*");
    private static final Pattern CONSTRAINT_NAME = Pattern.compile("[A-Za-z]+");

    private final String text;

    RouteTemplateParser(String text) {
        this.text = text;
    }

    RouteTemplate parse() {
        String body = text.strip();
        if (body.startsWith("/")) {
            body = body.substring(1);
        }
        if (body.endsWith("/")) {
            body = body.substring(0, body.length() - 1);
        }
        List<RouteSegment> segments = new ArrayList<>();
        if (!body.isEmpty()) {
            for (String raw : splitSegments(body)) {
                segments.add(parseSegment(raw));
            }
        }
        checkOrder(segments);
        return new RouteTemplate(body, List.copyOf(segments));
    }

    /** Splits on '/' outside braces, so a regex constraint may contain slashes. */
    private List<String> splitSegments(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == '/' && depth == 0) {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(body.substring(start));
        return parts;
    }

    private RouteSegment parseSegment(String raw) {
        if (raw.isEmpty()) {
            throw error("empty segment ('//')");
        }
        if (raw.indexOf('{') < 0 && raw.indexOf('}') < 0) {
            if (raw.indexOf('?') >= 0) {
                throw error("a route cannot contain a query string ('?')");
            }
            return RouteSegment.literal(raw);
        }
        if (!raw.startsWith("{") || !raw.endsWith("}")) {
            throw error("segment '" + raw + "' mixes literal text and a parameter; a parameter must be a whole "
                    + "segment (write it as two segments, e.g. 'files/{name}' instead of 'file-{name}')");
        }
        return parseParameter(raw, raw.substring(1, raw.length() - 1));
    }

    private RouteSegment parseParameter(String raw, String inner) {
        RouteSegment.Kind kind = RouteSegment.Kind.REQUIRED;
        int i = 0;
        if (inner.startsWith("**")) {
            kind = RouteSegment.Kind.CATCH_ALL;
            i = 2;
        } else if (inner.startsWith("*")) {
            kind = RouteSegment.Kind.CATCH_ALL;
            i = 1;
        }
        int nameEnd = indexOfAny(inner, i, ":=?");
        String name = inner.substring(i, nameEnd);
        if (!PARAMETER_NAME.matcher(name).matches()) {
            throw error("invalid parameter name '" + name + "' in '" + raw
                    + "' (letters, digits, '_' and '-', starting with a letter or '_')");
        }
        List<RouteConstraint> constraints = new ArrayList<>();
        i = nameEnd;
        while (i < inner.length() && inner.charAt(i) == ':') {
            i = parseConstraint(raw, inner, i + 1, constraints);
        }
        String defaultValue = null;
        if (i < inner.length() && inner.charAt(i) == '?') {
            if (i != inner.length() - 1) {
                throw error("'?' must end the parameter in '" + raw + "' (an optional parameter cannot have a default)");
            }
            if (kind == RouteSegment.Kind.CATCH_ALL) {
                throw error("a catch-all parameter is already optional: remove the '?' in '" + raw + "'");
            }
            kind = RouteSegment.Kind.OPTIONAL;
        } else if (i < inner.length() && inner.charAt(i) == '=') {
            defaultValue = inner.substring(i + 1);
            if (kind != RouteSegment.Kind.CATCH_ALL) {
                kind = RouteSegment.Kind.OPTIONAL;
            }
        } else if (i < inner.length()) {
            throw error("unexpected '" + inner.charAt(i) + "' in '" + raw + "'");
        }
        RouteSegment segment = new RouteSegment(null, name, kind, defaultValue, List.copyOf(constraints));
        if (defaultValue != null && !segment.accepts(defaultValue)) {
            throw error("the default value '" + defaultValue + "' of '" + raw + "' does not satisfy its constraints");
        }
        return segment;
    }

    /** Parses one constraint starting at {@code start}; returns the index after it. */
    private int parseConstraint(String raw, String inner, int start, List<RouteConstraint> out) {
        int i = start;
        while (i < inner.length() && Character.isLetter(inner.charAt(i))) {
            i++;
        }
        String name = inner.substring(start, i);
        if (!CONSTRAINT_NAME.matcher(name).matches()) {
            throw error("missing constraint name after ':' in '" + raw + "'");
        }
        String args = null;
        if (i < inner.length() && inner.charAt(i) == '(') {
            int close = closingParenthesis(inner, i + 1);
            if (close < 0) {
                throw error("unclosed '(' in constraint '" + name + "' of '" + raw + "'");
            }
            args = unescapeBraces(inner.substring(i + 1, close));
            i = close + 1;
        }
        try {
            out.add(RouteConstraints.create(name, args));
        } catch (RouteTemplateException e) {
            throw error(e.getMessage() + " in '" + raw + "'");
        }
        return i;
    }

    /** As ASP.NET: the ')' that is followed by ':', '=', '?' or the end of the parameter. */
    private static int closingParenthesis(String inner, int from) {
        for (int j = from; j < inner.length(); j++) {
            if (inner.charAt(j) == ')' && (j + 1 == inner.length() || ":=?".indexOf(inner.charAt(j + 1)) >= 0)) {
                return j;
            }
        }
        return -1;
    }

    private static String unescapeBraces(String s) {
        return s.replace("{{", "{").replace("}}", "}");
    }

    private static int indexOfAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    /** Optional parameters and catch-alls only at the end; parameter names unique. */
    private void checkOrder(List<RouteSegment> segments) {
        Set<String> names = new HashSet<>();
        boolean seenOptional = false;
        for (int i = 0; i < segments.size(); i++) {
            RouteSegment segment = segments.get(i);
            if (segment.isLiteral()) {
                if (seenOptional) {
                    throw error("an optional parameter can only be followed by other optional parameters, "
                            + "not by '" + segment + "'");
                }
                continue;
            }
            if (!names.add(segment.name().toLowerCase(Locale.ROOT))) {
                throw error("the parameter name '" + segment.name() + "' appears more than once");
            }
            switch (segment.kind()) {
                case CATCH_ALL -> {
                    if (i != segments.size() - 1) {
                        throw error("a catch-all parameter must be the last segment: '" + segment + "'");
                    }
                    if (seenOptional) {
                        throw error("a catch-all parameter cannot follow an optional parameter: '" + segment + "'");
                    }
                }
                case OPTIONAL -> seenOptional = true;
                case REQUIRED -> {
                    if (seenOptional) {
                        throw error("an optional parameter can only be followed by other optional parameters, "
                                + "not by '" + segment + "'");
                    }
                }
            }
        }
    }

    private RouteTemplateException error(String problem) {
        return new RouteTemplateException("invalid route template '" + text + "': " + problem);
    }
}
