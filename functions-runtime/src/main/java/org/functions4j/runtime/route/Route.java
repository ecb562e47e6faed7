package org.functions4j.runtime.route;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.functions4j.api.HttpMethod;

/**
 * A route in a {@link RouteTable}: a template, the methods it answers, and what it leads to.
 *
 * @param template the template, route prefix included
 * @param methods the allowed methods; every method when empty
 * @param target what a match returns (a function, in the runtime)
 * @param owner who declared the route, for error messages, e.g. {@code function 'Hello' (com.example.Hello.run)}
 * @param <T> the target type
 */
record Route<T>(RouteTemplate template, Set<HttpMethod> methods, T target, String owner) {
    static final int ALL_METHODS = (1 << HttpMethod.values().length) - 1;

    /** The methods as a bit set over {@link HttpMethod#ordinal()}. */
    int methodMask() {
        if (methods.isEmpty()) {
            return ALL_METHODS;
        }
        int mask = 0;
        for (HttpMethod method : methods) {
            mask |= 1 << method.ordinal();
        }
        return mask;
    }

    /** The allowed methods, every method spelled out when the route allows all. */
    public Set<HttpMethod> allowedMethods() {
        return methods.isEmpty() ? EnumSet.allOf(HttpMethod.class) : methods;
    }

    @Override
    public String toString() {
        String verbs = methods.isEmpty() ? "all methods"
                : methods.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        return owner + " at '" + template + "' [" + verbs + "]";
    }
}
