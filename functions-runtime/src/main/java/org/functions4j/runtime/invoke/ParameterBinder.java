package org.functions4j.runtime.invoke;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Map;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.OutputBinding;
import org.functions4j.runtime.azure.AzureFace;
import org.functions4j.runtime.model.ParameterSpec;

/** Fills one parameter of a function for an invocation; chosen once per parameter at load time. */
@FunctionalInterface
interface ParameterBinder {
    Object bind(Invocation invocation);

    /** Whether this binder reads the request body. */
    default boolean readsBody() {
        return false;
    }

    /**
     * @param type the parameter's declared class: for Azure's types, what the adapter implements
     */
    static ParameterBinder of(ParameterSpec spec, ObjectMapper json, Class<?> type) {
        if (spec.azure()) {
            return azure(spec, json, type);
        }
        return switch (spec.kind()) {
            case REQUEST -> bodyBinder(new BodyConverter(spec.body(), json), true);
            case BODY -> bodyBinder(new BodyConverter(spec.body(), json), false);
            case BINDING -> invocation -> ValueConverter.convert(spec, lookup(invocation, spec.name()));
            case CONTEXT -> Invocation::context;
            case OUTPUT -> Invocation::output;
            case PIPELINE -> invocation -> PlanCallback.from(invocation.request());
        };
    }

    /** Azure's request, context or output binding: adapters over the same runtime objects. */
    @SuppressWarnings("unchecked")
    private static ParameterBinder azure(ParameterSpec spec, ObjectMapper json, Class<?> type) {
        return switch (spec.kind()) {
            case REQUEST -> {
                ParameterBinder request = bodyBinder(new BodyConverter(spec.body(), json), true);
                yield new ParameterBinder() {
                    @Override
                    public Object bind(Invocation invocation) {
                        return AzureFace.request(type, (HttpRequestMessage<?>) request.bind(invocation));
                    }

                    @Override
                    public boolean readsBody() {
                        return true;
                    }
                };
            }
            case CONTEXT -> invocation -> AzureFace.context(type, invocation.context());
            case OUTPUT -> invocation -> AzureFace.output(type, (OutputBinding<Object>) (OutputBinding<?>) invocation.output());
            default -> throw new IllegalArgumentException("no Azure face for " + spec.kind());
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
