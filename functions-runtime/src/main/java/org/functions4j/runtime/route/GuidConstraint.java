package org.functions4j.runtime.route;

import java.util.List;
import java.util.regex.Pattern;

/** {@code guid}: a GUID in the N, D, B or P format ({@code 32 hex}, {@code 8-4-4-4-12}, in braces or parentheses). */
final class GuidConstraint implements RouteConstraint {
    static final GuidConstraint INSTANCE = new GuidConstraint();

    private static final String D = "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}";
    private static final Pattern FORMATS = Pattern.compile("\\p{XDigit}{32}|" + D + "|\\{" + D + "}|\\(" + D + "\\)");

    @Override
    public boolean accepts(String value) {
        return FORMATS.matcher(value.strip()).matches();
    }

    @Override
    public String text() {
        return "guid";
    }

    @Override
    public List<String> samples() {
        // The second is all letters, so it is also alpha: guid and alpha routes do overlap.
        return List.of("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "abcdefabcdefabcdefabcdefabcdefab");
    }
}
