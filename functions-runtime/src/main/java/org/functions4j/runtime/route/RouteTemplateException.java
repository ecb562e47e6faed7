package org.functions4j.runtime.route;

/** A route template that cannot be parsed, with a message saying what is wrong with it. */
public class RouteTemplateException extends IllegalArgumentException {
    /**
     * @param message what is wrong, in words a user can act on
     */
    public RouteTemplateException(String message) {
        super(message);
    }
}
