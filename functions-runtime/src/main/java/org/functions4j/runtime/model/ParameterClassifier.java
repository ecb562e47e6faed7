package org.functions4j.runtime.model;

import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;
import org.functions4j.api.ExecutionContext;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.OutputBinding;
import org.functions4j.api.PipelineCallback;

/** Decides, from its annotations and type, how a parameter is filled; or says why it cannot be. */
final class ParameterClassifier {
    private ParameterClassifier() {
    }

    /** Thrown with a problem and a hint when a parameter cannot be bound. */
    static final class Unbindable extends Exception {
        final String hint;

        Unbindable(String problem, String hint) {
            super(problem, null, false, false);
            this.hint = hint;
        }
    }

    static ParameterSpec classify(int index, Parameter parameter) throws Unbindable {
        Type type = parameter.getParameterizedType();
        Class<?> raw = parameter.getType();
        Annotation trigger = Annotations.find(parameter, "HttpTrigger");
        if (trigger != null) {
            String name = Annotations.string(trigger, "name", "");
            String dataType = Annotations.string(trigger, "dataType", "");
            boolean azure = Annotations.isAzureType(raw, "HttpRequestMessage");
            if (raw == HttpRequestMessage.class || azure) {
                return new ParameterSpec(index, ParameterSpec.Kind.REQUEST, name,
                        bodyType(typeArgument(type), dataType, parameter), null, false, false, azure);
            }
            return new ParameterSpec(index, ParameterSpec.Kind.BODY, name,
                    bodyType(type, dataType, parameter), null, false, false, false);
        }
        Annotation binding = Annotations.find(parameter, "BindingName");
        if (binding != null) {
            return bindingSpec(index, parameter, Annotations.string(binding, "value", ""));
        }
        Annotation output = Annotations.find(parameter, "HttpOutput");
        if (output != null) {
            boolean azure = Annotations.isAzureType(raw, "OutputBinding");
            if (raw != OutputBinding.class && !azure) {
                throw new Unbindable("parameter " + describe(parameter) + " has @HttpOutput but is not an OutputBinding",
                        "declare it as OutputBinding<HttpResponseMessage> (or OutputBinding<String>, ...)");
            }
            return new ParameterSpec(index, ParameterSpec.Kind.OUTPUT, Annotations.string(output, "name", ""),
                    null, null, false, false, azure);
        }
        if (raw == ExecutionContext.class || Annotations.isAzureType(raw, "ExecutionContext")) {
            return new ParameterSpec(index, ParameterSpec.Kind.CONTEXT, "context", null, null, false, false,
                    raw != ExecutionContext.class);
        }
        if (raw == PipelineCallback.class) {
            return new ParameterSpec(index, ParameterSpec.Kind.PIPELINE, "pipeline", null, null, false, false, false);
        }
        throw new Unbindable("parameter " + describe(parameter) + " cannot be bound",
                "annotate it with @HttpTrigger or @BindingName, or make it an ExecutionContext or a PipelineCallback");
    }

    private static ParameterSpec bindingSpec(int index, Parameter parameter, String name) throws Unbindable {
        Class<?> raw = parameter.getType();
        boolean optional = raw == Optional.class;
        Class<?> valueClass = optional ? rawClass(typeArgument(parameter.getParameterizedType())) : raw;
        ValueType value = valueClass == null ? null : ValueType.of(valueClass);
        if (value == null) {
            throw new Unbindable("parameter " + describe(parameter) + " of @BindingName(\"" + name
                    + "\") has a type route and query values cannot be converted to",
                    "use String, int, long, boolean, double, UUID, their boxed forms, or Optional of those");
        }
        return new ParameterSpec(index, ParameterSpec.Kind.BINDING, name, null, value,
                value.isPrimitive(raw), optional, false);
    }

    private static BodyType bodyType(Type type, String dataType, Parameter parameter) throws Unbindable {
        Class<?> raw = rawClass(type);
        boolean optional = raw == Optional.class;
        Type inner = optional ? typeArgument(type) : type;
        Class<?> innerRaw = rawClass(inner);
        if (innerRaw == null || innerRaw == Object.class) {
            // Raw HttpRequestMessage or Optional<?>: the body as text, as Azure's worker does.
            return new BodyType(BodyType.Form.STRING, optional, null);
        }
        if (innerRaw == String.class) {
            return new BodyType(BodyType.Form.STRING, optional, null);
        }
        if (innerRaw == byte[].class) {
            return new BodyType(BodyType.Form.BYTES, optional, null);
        }
        if (innerRaw.isPrimitive() || innerRaw == Optional.class) {
            throw new Unbindable("the body parameter " + describe(parameter) + " has type " + type.getTypeName()
                    + ", which a request body cannot be bound to",
                    "use Optional<String>, String, byte[] or a class read from JSON");
        }
        if ("binary".equalsIgnoreCase(dataType) || "string".equalsIgnoreCase(dataType)) {
            throw new Unbindable("dataType \"" + dataType + "\" does not fit the body type " + inner.getTypeName(),
                    "remove dataType, or bind the body as " + ("binary".equalsIgnoreCase(dataType) ? "byte[]" : "String"));
        }
        return new BodyType(BodyType.Form.JSON, optional, inner);
    }

    private static Type typeArgument(Type type) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null; // wildcards and type variables: no concrete class to convert to
    }

    private static String describe(Parameter parameter) {
        return "'" + parameter.getName() + "' (" + parameter.getParameterizedType().getTypeName() + ")";
    }
}
