package org.functions4j.runtime.route;

import java.util.List;

/** {@code bool}: {@code true} or {@code false}, in any case. */
final class BoolConstraint implements RouteConstraint {
    static final BoolConstraint INSTANCE = new BoolConstraint();

    @Override
    public boolean accepts(String value) {
        String s = value.strip();
        return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false");
    }

    @Override
    public String text() {
        return "bool";
    }

    @Override
    public List<String> samples() {
        return List.of("true", "false");
    }
}
