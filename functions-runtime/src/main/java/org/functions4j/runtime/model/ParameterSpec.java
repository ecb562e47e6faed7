package org.functions4j.runtime.model;

/**
 * How one parameter of a function method is filled, decided when the app is loaded.
 *
 * @param index the parameter's position
 * @param kind what the parameter receives
 * @param name the binding name (trigger, {@code @BindingName} or output name)
 * @param body for {@link Kind#REQUEST} and {@link Kind#BODY}: how the body is presented
 * @param value for {@link Kind#BINDING}: the value type
 * @param primitive for {@link Kind#BINDING}: whether the Java type is primitive (so a missing value is an error)
 * @param optional for {@link Kind#BINDING}: whether the Java type is {@code Optional}
 * @param azure for {@link Kind#REQUEST}, {@link Kind#CONTEXT} and {@link Kind#OUTPUT}: whether the
 *        parameter is Azure's type ({@code com.microsoft.azure.functions}), served through an adapter
 */
public record ParameterSpec(int index, Kind kind, String name, BodyType body, ValueType value,
                            boolean primitive, boolean optional, boolean azure) {
    /** What a parameter receives. */
    public enum Kind {
        /** The whole request, {@code HttpRequestMessage<T>}. */
        REQUEST,
        /** The request body, converted. */
        BODY,
        /** A route value, else a query value ({@code @BindingName}). */
        BINDING,
        /** The {@code ExecutionContext}. */
        CONTEXT,
        /** An {@code OutputBinding} whose value becomes the response. */
        OUTPUT,
        /** A {@code PipelineCallback} built from the request's plan headers. */
        PIPELINE
    }
}
