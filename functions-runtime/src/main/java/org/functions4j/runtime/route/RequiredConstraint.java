package org.functions4j.runtime.route;

import java.util.List;

/** {@code required}: a non-empty value. */
final class RequiredConstraint implements RouteConstraint {
    static final RequiredConstraint INSTANCE = new RequiredConstraint();

    @Override
    public boolean accepts(String value) {
        return !value.isEmpty();
    }

    @Override
    public String text() {
        return "required";
    }

    @Override
    public List<String> samples() {
        return List.of("a", "1");
    }
}
