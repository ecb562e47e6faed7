package org.functions4j.runtime.route;

import java.util.List;

/** Two or more routes of equal precedence that can match the same request. */
public class RouteConflictException extends IllegalStateException {
    private final List<String> conflicts;

    /**
     * @param conflicts one sentence per conflicting pair, naming both routes and a request both match
     */
    public RouteConflictException(List<String> conflicts) {
        super(String.join("\n", conflicts));
        this.conflicts = List.copyOf(conflicts);
    }

    /** One sentence per conflicting pair of routes. */
    public List<String> conflicts() {
        return conflicts;
    }
}
