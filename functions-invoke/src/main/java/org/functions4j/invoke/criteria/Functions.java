package org.functions4j.invoke.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The functions of the criteria language, their arity, and their evaluation. */
final class Functions {
    /** name -> {min, max} arguments; max -1 for any number. */
    private static final Map<String, int[]> ARITY = Map.ofEntries(
            Map.entry("and", new int[] {2, -1}), Map.entry("or", new int[] {2, -1}), Map.entry("not", new int[] {1, 1}),
            Map.entry("xor", new int[] {2, 2}), Map.entry("eq", new int[] {2, 2}), Map.entry("ne", new int[] {2, 2}),
            Map.entry("gt", new int[] {2, 2}), Map.entry("ge", new int[] {2, 2}), Map.entry("lt", new int[] {2, 2}),
            Map.entry("le", new int[] {2, 2}), Map.entry("in", new int[] {2, -1}), Map.entry("notin", new int[] {2, -1}),
            Map.entry("contains", new int[] {2, 2}), Map.entry("containsvalue", new int[] {2, 2}),
            Map.entry("startswith", new int[] {2, 2}), Map.entry("endswith", new int[] {2, 2}),
            Map.entry("coalesce", new int[] {1, -1}), Map.entry("format", new int[] {1, -1}),
            Map.entry("join", new int[] {2, 2}), Map.entry("length", new int[] {1, 1}), Map.entry("lower", new int[] {1, 1}),
            Map.entry("upper", new int[] {1, 1}), Map.entry("replace", new int[] {3, 3}), Map.entry("split", new int[] {2, 2}),
            Map.entry("count", new int[] {1, 1}), Map.entry("isnullorempty", new int[] {1, 1}));

    private Functions() {
    }

    /** Refuses an unknown function or a wrong number of arguments when the expression is parsed. */
    static void check(String name, int count, Token token, String expression) {
        int[] arity = ARITY.get(name);
        if (arity == null) {
            throw CriteriaException.at("Unrecognized function: '" + token.text() + "'", token.position(), expression);
        }
        if (count < arity[0] || arity[1] >= 0 && count > arity[1]) {
            String expected = arity[1] < 0 ? "at least " + arity[0] : arity[0] == arity[1] ? String.valueOf(arity[0])
                    : arity[0] + " to " + arity[1];
            throw CriteriaException.at("Function '" + token.text() + "' takes " + expected + " argument(s), got " + count,
                    token.position(), expression);
        }
    }

    /** Arguments evaluated on demand, so and/or/in can stop early. */
    interface Arguments {
        Object get(int index);

        int size();
    }

    static Object call(String name, Arguments args) {
        return switch (name) {
            case "and" -> {
                for (int i = 0; i < args.size(); i++) {
                    if (!Coercion.truthy(args.get(i))) {
                        yield false;
                    }
                }
                yield true;
            }
            case "or" -> {
                for (int i = 0; i < args.size(); i++) {
                    if (Coercion.truthy(args.get(i))) {
                        yield true;
                    }
                }
                yield false;
            }
            case "not" -> !Coercion.truthy(args.get(0));
            case "xor" -> Coercion.truthy(args.get(0)) ^ Coercion.truthy(args.get(1));
            case "eq" -> Coercion.equal(args.get(0), args.get(1));
            case "ne" -> !Coercion.equal(args.get(0), args.get(1));
            case "gt" -> Coercion.compare(args.get(0), args.get(1), "gt") > 0;
            case "ge" -> Coercion.compare(args.get(0), args.get(1), "ge") >= 0;
            case "lt" -> Coercion.compare(args.get(0), args.get(1), "lt") < 0;
            case "le" -> Coercion.compare(args.get(0), args.get(1), "le") <= 0;
            case "in" -> isIn(args);
            case "notin" -> !isIn(args);
            case "contains" -> text(args.get(0), name).toLowerCase(Locale.ROOT)
                    .contains(text(args.get(1), name).toLowerCase(Locale.ROOT));
            case "containsvalue" -> containsValue(args.get(0), args.get(1));
            case "startswith" -> text(args.get(0), name).toLowerCase(Locale.ROOT)
                    .startsWith(text(args.get(1), name).toLowerCase(Locale.ROOT));
            case "endswith" -> text(args.get(0), name).toLowerCase(Locale.ROOT)
                    .endsWith(text(args.get(1), name).toLowerCase(Locale.ROOT));
            case "coalesce" -> {
                for (int i = 0; i < args.size(); i++) {
                    Object value = args.get(i);
                    if (value != null && !"".equals(value)) {
                        yield value;
                    }
                }
                yield null;
            }
            case "format" -> format(args);
            case "join" -> join(text(args.get(0), name), args.get(1));
            case "length" -> BigDecimal.valueOf(size(args.get(0), name));
            case "count" -> BigDecimal.valueOf(args.get(0) == null ? 0 : size(args.get(0), name));
            case "lower" -> text(args.get(0), name).toLowerCase(Locale.ROOT);
            case "upper" -> text(args.get(0), name).toUpperCase(Locale.ROOT);
            case "replace" -> text(args.get(0), name).replace(text(args.get(1), name), text(args.get(2), name));
            case "split" -> new ArrayList<Object>(Arrays.asList(text(args.get(0), name).split(
                    java.util.regex.Pattern.quote(text(args.get(1), name)), -1)));
            case "isnullorempty" -> {
                Object value = args.get(0);
                yield value == null || "".equals(value);
            }
            default -> throw new CriteriaException("Unrecognized function: '" + name + "'");
        };
    }

    private static boolean isIn(Arguments args) {
        Object needle = args.get(0);
        for (int i = 1; i < args.size(); i++) {
            if (Coercion.equal(needle, args.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsValue(Object collection, Object value) {
        Collection<?> values = collection instanceof List<?> list ? list
                : collection instanceof Map<?, ?> map ? map.values() : null;
        if (values == null) {
            return Coercion.equal(collection, value);
        }
        for (Object item : values) {
            if (Coercion.equal(item, value)) {
                return true;
            }
        }
        return false;
    }

    private static String format(Arguments args) {
        String pattern = text(args.get(0), "format");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < pattern.length() && pattern.charAt(i + 1) == c) {
                out.append(c);
                i++;
            } else if (c == '{') {
                int close = pattern.indexOf('}', i);
                String index = close < 0 ? "" : pattern.substring(i + 1, close);
                if (!index.matches("\\d{1,3}") || Integer.parseInt(index) + 1 >= args.size()) {
                    throw new CriteriaException("Invalid format placeholder in '" + pattern + "'");
                }
                out.append(text(args.get(Integer.parseInt(index) + 1), "format"));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String join(String separator, Object items) {
        if (!(items instanceof List<?> list)) {
            return text(items, "join");
        }
        List<String> parts = new ArrayList<>();
        for (Object item : list) {
            String s = Coercion.string(item);
            parts.add(s == null ? "" : s);
        }
        return String.join(separator, parts);
    }

    private static int size(Object value, String function) {
        if (value instanceof List<?> list) {
            return list.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        return text(value, function).length();
    }

    private static String text(Object value, String function) {
        String s = Coercion.string(value);
        if (s == null) {
            throw new CriteriaException("Unable to convert " + Coercion.describe(value) + " to String in '" + function + "'");
        }
        return s;
    }
}
