package org.functions4j.runtime.invoke;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.functions4j.runtime.cdi.InstanceProvider;

/** An instance looked up at the first call and kept (for a normal-scoped CDI bean, its client proxy). */
final class LazyInstance {
    private static final MethodHandle GET;

    static {
        try {
            GET = MethodHandles.lookup().findVirtual(LazyInstance.class, "get", MethodType.methodType(Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Class<?> type;
    private final InstanceProvider provider;
    private volatile Object instance;

    LazyInstance(Class<?> type, InstanceProvider provider) {
        this.type = type;
        this.provider = provider;
    }

    /** A handle {@code () -> instance of type}, typed to return {@code type}. */
    MethodHandle getter() {
        return GET.bindTo(this).asType(MethodType.methodType(type));
    }

    Object get() {
        Object current = instance;
        if (current == null) {
            synchronized (this) {
                current = instance;
                if (current == null) {
                    current = provider.instanceOf(type);
                    instance = current;
                }
            }
        }
        return current;
    }
}
