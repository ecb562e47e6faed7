package org.functions4j.runtime.invoke;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.functions4j.runtime.model.ParameterSpec;

/** Converts a route or query value into a {@code @BindingName} parameter's type. */
final class ValueConverter {
    private ValueConverter() {
    }

    static Object convert(ParameterSpec spec, String raw) {
        if (raw == null) {
            if (spec.primitive()) {
                throw new BindingException("Missing value for '" + spec.name() + "'.");
            }
            return spec.optional() ? Optional.empty() : null;
        }
        Object value = parse(spec, raw);
        return spec.optional() ? Optional.of(value) : value;
    }

    private static Object parse(ParameterSpec spec, String raw) {
        String s = raw.strip();
        try {
            return switch (spec.value()) {
                case STRING -> raw;
                case INT -> Integer.parseInt(s);
                case LONG -> Long.parseLong(s);
                case DOUBLE -> Double.parseDouble(s);
                case UUID -> UUID.fromString(s);
                case BOOLEAN -> parseBoolean(s);
            };
        } catch (IllegalArgumentException e) {
            throw new BindingException("The value for '" + spec.name() + "' is not a valid "
                    + spec.value().name().toLowerCase(Locale.ROOT) + ".");
        }
    }

    private static Boolean parseBoolean(String s) {
        if (s.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (s.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(s);
    }
}
