package org.functions4j.runtime.route;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the ASP.NET Core route template syntax Azure Functions uses, as ASP.NET's parser reads it:
 * literal segments and whole-segment parameters {@code {name}}, {@code {name?}},
 * {@code {name=default}}, {@code {*rest}} and constraints {@code {id:int:min(1)}}. A brace that is
 * part of a literal or of a parameter's text is doubled ({@code regex(^\\d{{3}}$)}); a single one
 * there is an error, as in ASP.NET. A segment that mixes literal text and parameters
 * ({@code file-{name}}) is refused: a documented deviation.
 */
final class RouteTemplateParser {
    private static final Pattern CONSTRAINT_NAME = Pattern.compile("[A-Za-z]+");
    /** ASP.NET: a parameter name is non-empty and has none of these. */
    private static final String INVALID_NAME_CHARS = "/{}?*";

    private final String text;

    RouteTemplateParser(String text) {
        this.text = text;
    }

    RouteTemplate parse() {
        String body = text; // not stripped: "Controller.mvc " has a trailing space, as in ASP.NET
        if (body.startsWith("~/")) {
            body = body.substring(2);
        } else if (body.startsWith("~")) {
            throw error("a route template cannot start with '~' unless followed by '/'");
        } else if (body.startsWith("/")) {
            body = body.substring(1);
        }
        if (body.endsWith("/") && !body.endsWith("//")) {
            body = body.substring(0, body.length() - 1);
        }
        List<RouteSegment> segments = new ArrayList<>();
        for (int i = 0; !body.isEmpty(); i++) { // i++ steps over the '/' between segments
            i = parseSegment(body, i, segments);
            if (i == body.length()) {
                break;
            }
        }
        checkOrder(segments);
        return new RouteTemplate(body, List.copyOf(segments));
    }

    /** Parses the segment starting at {@code from}; returns the index of the '/' after it, or the end. */
    private int parseSegment(String body, int from, List<RouteSegment> segments) {
        // Scanned whole before any part is checked, so a brace error anywhere wins, as in ASP.NET.
        List<String> literals = new ArrayList<>(); // a part: literal text, or null where a parameter is
        List<String> parameters = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = from;
        while (i < body.length() && body.charAt(i) != '/') {
            char c = body.charAt(i);
            if (c == '{' && !isDoubled(body, i)) {
                if (literal.length() > 0) {
                    literals.add(literal.toString());
                    literal.setLength(0);
                }
                StringBuilder parameter = new StringBuilder();
                i = readParameter(body, i + 1, parameter);
                literals.add(null);
                parameters.add(parameter.toString());
            } else if (c == '{' || c == '}') {
                if (!isDoubled(body, i)) {
                    throw incomplete();
                }
                literal.append(c);
                i += 2;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            literals.add(literal.toString());
        }
        List<RouteSegment> parts = new ArrayList<>();
        int parameter = 0;
        for (String text : literals) {
            parts.add(text != null ? literal(text) : parameter(parameters.get(parameter++)));
        }
        if (parts.isEmpty()) {
            throw error("empty segment ('//')");
        }
        if (parts.size() > 1) {
            throw error("segment '" + body.substring(from, i) + "' mixes literal text and a parameter; a parameter "
                    + "must be a whole segment (write it as two segments, e.g. 'files/{name}' instead of 'file-{name}')");
        }
        segments.add(parts.get(0));
        return i;
    }

    /**
     * Reads a parameter's text after its '{' into {@code out}, undoing doubled braces; returns the
     * index after its closing '}'.
     */
    private int readParameter(String body, int from, StringBuilder out) {
        int i = from;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '{' || c == '}') {
                if (isDoubled(body, i)) {
                    out.append(c);
                    i += 2;
                    continue;
                }
                if (c == '}') {
                    return i + 1;
                }
                throw error("in a route parameter, '{' and '}' must be escaped as '{{' and '}}'");
            }
            out.append(c);
            i++;
        }
        throw incomplete();
    }

    private static boolean isDoubled(String s, int i) {
        return i + 1 < s.length() && s.charAt(i + 1) == s.charAt(i);
    }

    private RouteSegment literal(String literal) {
        if (literal.indexOf('?') >= 0) {
            throw error("the literal '" + literal + "' contains '?'; a route cannot contain a query string");
        }
        return RouteSegment.literal(literal);
    }

    private RouteSegment parameter(String parameter) {
        RouteParameterParser.Parts parts = RouteParameterParser.parse(parameter);
        String raw = "{" + parameter + "}";
        if (parts.name().isEmpty() || parts.name().chars().anyMatch(ch -> INVALID_NAME_CHARS.indexOf(ch) >= 0)) {
            throw error("invalid parameter name '" + parts.name() + "' in '" + raw + "' (a name is not empty and has "
                    + "no '/', '{', '}', '?' or '*'; '?' may only end a parameter, '*' only start it)");
        }
        if (parts.catchAll() && parts.optional()) {
            throw error("a catch-all parameter is already optional: remove the '?' in '" + raw + "'");
        }
        if (parts.optional() && parts.defaultValue() != null) {
            throw error("an optional parameter cannot have a default value: '" + raw + "'");
        }
        List<RouteConstraint> constraints = new ArrayList<>();
        for (String constraint : parts.constraints()) {
            constraints.add(constraint(raw, constraint));
        }
        RouteSegment.Kind kind = parts.catchAll() ? RouteSegment.Kind.CATCH_ALL
                : parts.optional() || parts.defaultValue() != null ? RouteSegment.Kind.OPTIONAL
                : RouteSegment.Kind.REQUIRED;
        RouteSegment segment = new RouteSegment(null, parts.name(), kind, parts.defaultValue(), List.copyOf(constraints));
        if (parts.defaultValue() != null && !segment.accepts(parts.defaultValue())) {
            throw error("the default value '" + parts.defaultValue() + "' of '" + raw + "' does not satisfy its constraints");
        }
        return segment;
    }

    /** A constraint's text, {@code name} or {@code name(arguments)}, resolved. */
    private RouteConstraint constraint(String raw, String constraint) {
        int open = constraint.indexOf('(');
        String name = open < 0 ? constraint : constraint.substring(0, open);
        if (!CONSTRAINT_NAME.matcher(name).matches()) {
            throw error(name.isEmpty() ? "missing constraint name after ':' in '" + raw + "'"
                    : "unknown constraint '" + name + "' in '" + raw + "'");
        }
        String args = null;
        if (open >= 0) {
            if (!constraint.endsWith(")")) {
                throw error("unclosed '(' in constraint '" + name + "' of '" + raw + "'");
            }
            args = constraint.substring(open + 1, constraint.length() - 1);
        }
        try {
            return RouteConstraints.create(name, args);
        } catch (RouteTemplateException e) {
            throw error(e.getMessage() + " in '" + raw + "'");
        }
    }

    private RouteTemplateException incomplete() {
        return error("there is an incomplete parameter; check that each '{' has a matching '}' "
                + "(a brace inside a parameter or a literal is doubled: '{{', '}}')");
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
