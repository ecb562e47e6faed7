package org.functions4j.api;

import java.util.Map;
import java.util.logging.Logger;

/** What the host tells a function about the current invocation. */
public interface ExecutionContext {
    /**
     * The function's logger. Each line it writes carries the invocation id.
     *
     * @return the logger
     */
    Logger getLogger();

    /**
     * The id of this invocation, also given in the 500 answer when the function fails.
     *
     * @return the invocation id
     */
    String getInvocationId();

    /**
     * The function's name.
     *
     * @return the function name
     */
    String getFunctionName();

    /**
     * The values the route template matched, decoded, by parameter name.
     *
     * @return an unmodifiable map of route values (empty by default)
     */
    default Map<String, String> getRouteValues() {
        return Map.of();
    }
}
