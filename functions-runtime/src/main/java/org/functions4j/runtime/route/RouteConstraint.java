package org.functions4j.runtime.route;

import java.util.List;

/**
 * A route constraint such as {@code int} or {@code length(2,5)}: a test a decoded route value
 * must pass for the route to match. Implementations are immutable and thread-safe.
 */
interface RouteConstraint {
    /**
     * Whether the decoded value satisfies the constraint.
     *
     * @param value a decoded, non-empty route value
     * @return true when the value is accepted
     */
    boolean accepts(String value);

    /**
     * The constraint as written in a template, normalized ({@code int}, {@code range(1,5)}); two
     * constraints with the same text accept the same values.
     *
     * @return the normalized text
     */
    String text();

    /**
     * Typical values this constraint accepts. Used at load time to find two routes of equal
     * precedence that can match the same request; the value found is quoted in the error.
     *
     * @return sample values, possibly none
     */
    List<String> samples();
}
