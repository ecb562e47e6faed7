package org.functions4j.runtime.route;

import java.util.List;

/** {@code alpha}: ASCII letters only. */
final class AlphaConstraint implements RouteConstraint {
    static final AlphaConstraint INSTANCE = new AlphaConstraint();

    @Override
    public boolean accepts(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String text() {
        return "alpha";
    }

    @Override
    public List<String> samples() {
        return List.of("a", "abc", "true", "abcdefabcdefabcdefabcdefabcdefab");
    }
}
