package org.functions4j.runtime.cdi;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One instance per class, made with its public no-argument constructor: the default without CDI. */
public final class ConstructorInstanceProvider implements InstanceProvider {
    private final Map<Class<?>, Object> instances = new ConcurrentHashMap<>();

    @Override
    public Object instanceOf(Class<?> type) {
        return instances.computeIfAbsent(type, ConstructorInstanceProvider::create);
    }

    private static Object create(Class<?> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new InstanceCreationException("the constructor of " + type.getName() + " threw "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new InstanceCreationException("cannot create an instance of " + type.getName()
                    + " with its public no-argument constructor", e);
        }
    }
}
