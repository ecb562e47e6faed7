package org.functions4j.invoke.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The type rules of Azure Pipelines conditions: truthiness, conversions, and comparisons that
 * convert the right operand to the left's type and compare strings ignoring case.
 */
final class Coercion {
    private Coercion() {
    }

    static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof BigDecimal n) {
            return n.signum() != 0;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        return true; // versions, arrays and objects
    }

    /** The number a value converts to, or null when it does not. */
    static BigDecimal number(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value instanceof BigDecimal n) {
            return n;
        }
        if (value instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (value instanceof String s) {
            String t = s.strip();
            if (t.isEmpty()) {
                return BigDecimal.ZERO;
            }
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The string a value converts to, or null when it does not (arrays and objects). */
    static String string(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof BigDecimal n) {
            return n.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Version v) {
            return v.toString();
        }
        return null;
    }

    static Version version(Object value) {
        if (value instanceof Version v) {
            return v;
        }
        String s = string(value);
        return s == null ? null : Version.parse(s);
    }

    /** {@code eq}: the right operand converted to the left's type; false when it does not convert. */
    static boolean equal(Object left, Object right) {
        if (left == null || right == null) {
            return left == null && right == null;
        }
        if (left instanceof Boolean b) {
            return b == truthy(right);
        }
        if (left instanceof BigDecimal n) {
            BigDecimal r = number(right);
            return r != null && n.compareTo(r) == 0;
        }
        if (left instanceof String s) {
            String r = string(right);
            return r != null && s.equalsIgnoreCase(r);
        }
        if (left instanceof Version v) {
            Version r = version(right);
            return v.equals(r);
        }
        return left.equals(right);
    }

    /** {@code gt}/{@code lt}...: the sign of left compared with right converted to left's type. */
    static int compare(Object left, Object right, String function) {
        if (left instanceof BigDecimal n) {
            return n.compareTo(require(number(right), right, "Number", function));
        }
        if (left instanceof String s) {
            return Integer.signum(s.compareToIgnoreCase(require(string(right), right, "String", function)));
        }
        if (left instanceof Version v) {
            return v.compareTo(require(version(right), right, "Version", function));
        }
        if (left instanceof Boolean b) {
            return Boolean.compare(b, truthy(right));
        }
        throw new CriteriaException("Unable to compare " + describe(left) + " in '" + function
                + "': only numbers, strings, versions and booleans have an order");
    }

    private static <T> T require(T converted, Object original, String type, String function) {
        if (converted == null) {
            throw new CriteriaException("Unable to convert " + describe(original) + " to " + type + " in '" + function + "'");
        }
        return converted;
    }

    /** A value as the trace shows it: 'text', 42, True, null, [..], {..}. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "'" + s.replace("'", "''") + "'";
        }
        if (value instanceof List<?> list) {
            return "array(" + list.size() + ")";
        }
        if (value instanceof Map<?, ?> map) {
            return "object(" + map.size() + ")";
        }
        return string(value);
    }
}
