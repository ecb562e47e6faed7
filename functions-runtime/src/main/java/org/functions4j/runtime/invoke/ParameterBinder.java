package org.functions4j.runtime.invoke;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Map;
import org.functions4j.runtime.model.ParameterSpec;

/** Fills one parameter of a function for an invocation; chosen once per parameter at load time. */
@FunctionalInterface
interface ParameterBinder {
    Object bind(Invocation invocation);

    /** Whether this binder reads the request body. */
    default boolean readsBody() {
        return false;
    }

    static ParameterBinder of(ParameterSpec spec, ObjectMapper json) {
        return switch (spec.kind()) {
            case REQUEST -> bodyBinder(new BodyConverter(spec.body(), json), true);
            case BODY -> bodyBinder(new BodyConverter(spec.body(), json), false);
            case BINDING -> invocation -> ValueConverter.convert(spec, lookup(invocation, spec.name()));
            case CONTEXT -> Invocation::context;
            case OUTPUT -> Invocation::output;
            case PIPELINE -> invocation -> PlanCallback.from(invocation.request());
        };
    }

    private static ParameterBinder bodyBinder(BodyConverter converter, boolean wholeRequest) {
        return new ParameterBinder() {
            @Override
            public Object bind(Invocation invocation) {
                Object body = converter.convert(invocation.request());
                return wholeRequest ? new FunctionRequest<>(invocation.request(), body) : body;
            }

            @Override
            public boolean readsBody() {
                return true;
            }
        };
    }

    /** A route value first, then a query parameter; names match ignoring case, as in Azure. */
    private static String lookup(Invocation invocation, String name) {
        String value = findIgnoringCase(invocation.routeValues(), name);
        return value != null ? value : findIgnoringCase(invocation.request().queryParameters(), name);
    }

    private static String findIgnoringCase(Map<String, String> values, String name) {
        String exact = values.get(name);
        if (exact != null) {
            return exact;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (entry.getKey().toLowerCase(Locale.ROOT).equals(lower)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
