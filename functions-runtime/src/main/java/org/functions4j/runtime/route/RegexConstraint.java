package org.functions4j.runtime.route;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code regex(expr)}: as in ASP.NET, case-insensitive and not anchored; write
 * {@code regex(^\d{3}$)} to match the whole value.
 */
final class RegexConstraint implements RouteConstraint {
    private final String expression;
    private final Pattern pattern;

    private RegexConstraint(String expression, Pattern pattern) {
        this.expression = expression;
        this.pattern = pattern;
    }

    static RegexConstraint of(String expression) {
        try {
            return new RegexConstraint(expression,
                    Pattern.compile(expression, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        } catch (PatternSyntaxException e) {
            throw new RouteTemplateException("invalid regular expression in regex(" + expression + "): "
                    + e.getDescription());
        }
    }

    @Override
    public boolean accepts(String value) {
        return pattern.matcher(value).find();
    }

    @Override
    public String text() {
        return "regex(" + expression + ")";
    }

    @Override
    public List<String> samples() {
        return List.of(); // no general way to produce a match; other constraints' samples are tried against it
    }
}
