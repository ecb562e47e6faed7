package org.functions4j.runtime.servlet;

import java.util.Map;
import org.functions4j.runtime.model.FunctionDefinition;

/**
 * The route match of a request, stored as a request attribute by {@link RoutingFilter} so the
 * later filters and the servlet never match again.
 *
 * @param function the matched function
 * @param routeValues the decoded route values
 */
public record FunctionMatch(FunctionDefinition function, Map<String, String> routeValues) {
    /** The request attribute the match is stored under. */
    public static final String ATTRIBUTE = FunctionMatch.class.getName();
}
