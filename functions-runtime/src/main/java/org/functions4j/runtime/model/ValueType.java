package org.functions4j.runtime.model;

import java.util.Map;

/** The types a route or query value ({@code @BindingName}) can be converted to. */
public enum ValueType {
    /** The value as is. */
    STRING(String.class, String.class),
    /** A 32-bit integer. */
    INT(int.class, Integer.class),
    /** A 64-bit integer. */
    LONG(long.class, Long.class),
    /** {@code true} or {@code false}, any case. */
    BOOLEAN(boolean.class, Boolean.class),
    /** A floating-point number. */
    DOUBLE(double.class, Double.class),
    /** A UUID. */
    UUID(null, java.util.UUID.class);

    private final Class<?> primitive;
    private final Class<?> boxed;

    ValueType(Class<?> primitive, Class<?> boxed) {
        this.primitive = primitive;
        this.boxed = boxed;
    }

    private static final Map<Class<?>, ValueType> BY_CLASS = Map.ofEntries(
            Map.entry(String.class, STRING),
            Map.entry(int.class, INT), Map.entry(Integer.class, INT),
            Map.entry(long.class, LONG), Map.entry(Long.class, LONG),
            Map.entry(boolean.class, BOOLEAN), Map.entry(Boolean.class, BOOLEAN),
            Map.entry(double.class, DOUBLE), Map.entry(Double.class, DOUBLE),
            Map.entry(java.util.UUID.class, UUID));

    /** The value type for a Java class, or null when values cannot be converted to it. */
    public static ValueType of(Class<?> type) {
        return BY_CLASS.get(type);
    }

    /** The boxed Java class. */
    public Class<?> boxed() {
        return boxed;
    }

    /** Whether {@code type} is this value type's primitive class. */
    public boolean isPrimitive(Class<?> type) {
        return type == primitive;
    }
}
