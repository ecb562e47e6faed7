package org.functions4j.runtime.route;

import java.util.Locale;

/** Creates a {@link RouteConstraint} from its name and arguments as written in a route template. */
final class RouteConstraints {
    private RouteConstraints() {
    }

    /**
     * The constraint named {@code name} with the raw argument text {@code args} ({@code null}
     * when the constraint has no parentheses).
     */
    static RouteConstraint create(String name, String args) {
        String key = name.toLowerCase(Locale.ROOT);
        return switch (key) {
            case "int" -> noArgs(key, args, RangeConstraint.INT);
            case "long" -> noArgs(key, args, RangeConstraint.LONG);
            case "decimal" -> noArgs(key, args, NumberConstraint.DECIMAL);
            case "double" -> noArgs(key, args, NumberConstraint.DOUBLE);
            case "float" -> noArgs(key, args, NumberConstraint.FLOAT);
            case "bool" -> noArgs(key, args, BoolConstraint.INSTANCE);
            case "datetime" -> noArgs(key, args, DateTimeConstraint.INSTANCE);
            case "guid" -> noArgs(key, args, GuidConstraint.INSTANCE);
            case "alpha" -> noArgs(key, args, AlphaConstraint.INSTANCE);
            case "required" -> noArgs(key, args, RequiredConstraint.INSTANCE);
            case "file" -> noArgs(key, args, FileConstraint.FILE);
            case "nonfile" -> noArgs(key, args, FileConstraint.NONFILE);
            case "minlength" -> LengthConstraint.minLength(longArgs(key, args, 1)[0]);
            case "maxlength" -> LengthConstraint.maxLength(longArgs(key, args, 1)[0]);
            case "length" -> LengthConstraint.length(longArgs(key, args, 1, 2));
            case "min" -> RangeConstraint.min(longArgs(key, args, 1)[0]);
            case "max" -> RangeConstraint.max(longArgs(key, args, 1)[0]);
            case "range" -> RangeConstraint.range(longArgs(key, args, 2));
            case "regex" -> RegexConstraint.of(requireArgs(key, args));
            default -> throw new RouteTemplateException("unknown constraint '" + name
                    + "' (known: int, long, bool, datetime, decimal, double, float, guid, alpha, minlength, "
                    + "maxlength, length, min, max, range, regex, required, file, nonfile)");
        };
    }

    private static RouteConstraint noArgs(String name, String args, RouteConstraint constraint) {
        if (args != null) {
            throw new RouteTemplateException("constraint '" + name + "' takes no arguments");
        }
        return constraint;
    }

    private static String requireArgs(String name, String args) {
        if (args == null || args.isEmpty()) {
            throw new RouteTemplateException("constraint '" + name + "' needs an argument, e.g. " + name + "(...)");
        }
        return args;
    }

    private static long[] longArgs(String name, String args, int... allowedCounts) {
        String[] parts = requireArgs(name, args).split(",", -1);
        if (!contains(allowedCounts, parts.length)) {
            throw new RouteTemplateException("constraint '" + name + "' takes "
                    + describeCounts(allowedCounts) + " integer argument(s), got '" + args + "'");
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long value = RangeConstraint.parseLong(parts[i]);
            if (value == null) {
                throw new RouteTemplateException("constraint '" + name + "' needs integer arguments, got '"
                        + parts[i].trim() + "'");
            }
            values[i] = value;
        }
        return values;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static String describeCounts(int[] counts) {
        return counts.length == 1 ? String.valueOf(counts[0]) : counts[0] + " or " + counts[1];
    }
}
