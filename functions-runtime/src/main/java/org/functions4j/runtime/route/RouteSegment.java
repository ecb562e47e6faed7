package org.functions4j.runtime.route;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One segment of a parsed route template: a literal, or a parameter with its constraints.
 *
 * @param literal the literal text, or null for a parameter
 * @param name the parameter name, or null for a literal
 * @param kind what sort of parameter this is (null for a literal)
 * @param defaultValue the default value of a parameter, or null
 * @param constraints the parameter's constraints, all of which must accept a value
 */
public record RouteSegment(String literal, String name, Kind kind, String defaultValue,
                           List<RouteConstraint> constraints) {

    /** The sorts of parameter segment. */
    public enum Kind {
        /** Must be present. */
        REQUIRED,
        /** May be absent: {@code {x?}} or {@code {x=default}}. */
        OPTIONAL,
        /** Takes the rest of the path, possibly empty: {@code {*x}}. */
        CATCH_ALL
    }

    static RouteSegment literal(String text) {
        return new RouteSegment(text, null, null, null, List.of());
    }

    /** Whether this is a literal segment. */
    public boolean isLiteral() {
        return literal != null;
    }

    /** This segment's rank when routes are compared. */
    Precedence precedence() {
        if (isLiteral()) {
            return Precedence.LITERAL;
        }
        boolean constrained = !constraints.isEmpty();
        return switch (kind) {
            case REQUIRED -> constrained ? Precedence.CONSTRAINED_PARAMETER : Precedence.PARAMETER;
            case OPTIONAL -> constrained ? Precedence.CONSTRAINED_OPTIONAL : Precedence.OPTIONAL;
            case CATCH_ALL -> constrained ? Precedence.CONSTRAINED_CATCH_ALL : Precedence.CATCH_ALL;
        };
    }

    /** Whether every constraint accepts the decoded value. */
    public boolean accepts(String value) {
        for (RouteConstraint constraint : constraints) {
            if (!constraint.accepts(value)) {
                return false;
            }
        }
        return true;
    }

    /** Each constraint as written, normalized: {@code int}, {@code length(2,5)}, {@code regex(^a+$)}. */
    public List<String> constraintTexts() {
        return constraints.stream().map(RouteConstraint::text).toList();
    }

    /** The constraints as normalized text: two parameters with equal text accept the same values. */
    String constraintText() {
        return constraints.stream().map(RouteConstraint::text).collect(Collectors.joining(":"));
    }

    @Override
    public String toString() {
        if (isLiteral()) {
            return literal;
        }
        String constraintSuffix = constraints.isEmpty() ? "" : ":" + constraintText();
        String prefix = kind == Kind.CATCH_ALL ? "*" : "";
        String suffix = defaultValue != null ? "=" + defaultValue : kind == Kind.OPTIONAL ? "?" : "";
        return "{" + prefix + name + constraintSuffix + suffix + "}";
    }
}
