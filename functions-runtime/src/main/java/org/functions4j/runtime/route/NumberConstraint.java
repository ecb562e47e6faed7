package org.functions4j.runtime.route;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code decimal}, {@code double} and {@code float}: numbers in invariant-culture notation,
 * as .NET parses them (thousands separators allowed; exponents and NaN/Infinity only for the
 * floating point types; decimal limited to ±79228162514264337593543950335).
 */
final class NumberConstraint implements RouteConstraint {
    private static final Pattern DECIMAL_SYNTAX = Pattern.compile("[+-]?(\\d[\\d,]*(\\.\\d*)?|\\.\\d+)");
    private static final Pattern FLOAT_SYNTAX =
            Pattern.compile("[+-]?(\\d[\\d,]*(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|[+-]?(?i:infinity)|(?i:nan)");
    private static final BigDecimal DECIMAL_MAX = new BigDecimal("79228162514264337593543950335");

    static final NumberConstraint DECIMAL = new NumberConstraint("decimal", DECIMAL_SYNTAX, true);
    static final NumberConstraint DOUBLE = new NumberConstraint("double", FLOAT_SYNTAX, false);
    static final NumberConstraint FLOAT = new NumberConstraint("float", FLOAT_SYNTAX, false);

    private final String text;
    private final Pattern syntax;
    private final boolean bounded;

    private NumberConstraint(String text, Pattern syntax, boolean bounded) {
        this.text = text;
        this.syntax = syntax;
        this.bounded = bounded;
    }

    @Override
    public boolean accepts(String value) {
        String s = value.strip();
        if (!syntax.matcher(s).matches()) {
            return false;
        }
        return !bounded || new BigDecimal(s.replace(",", "")).abs().compareTo(DECIMAL_MAX) <= 0;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public List<String> samples() {
        return bounded ? List.of("0", "1", "-1", "1.5") : List.of("0", "1", "-1", "1.5", "1e3", "NaN");
    }
}
