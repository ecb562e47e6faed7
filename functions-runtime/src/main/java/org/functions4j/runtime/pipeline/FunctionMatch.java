package org.functions4j.runtime.pipeline;

import java.util.Map;
import org.functions4j.runtime.model.FunctionDefinition;

/**
 * The function a request is for and its decoded route values, matched once by the {@link Router}.
 *
 * @param function the matched function
 * @param routeValues the decoded route values
 */
record FunctionMatch(FunctionDefinition function, Map<String, String> routeValues) {
}
