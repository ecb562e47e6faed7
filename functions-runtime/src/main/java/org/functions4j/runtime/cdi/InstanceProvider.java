package org.functions4j.runtime.cdi;

/** Supplies the object an instance-method function is called on. */
public interface InstanceProvider {
    /**
     * The instance to call functions of {@code type} on; the same one for every call.
     *
     * @param type a public class with a public no-argument constructor (or a managed bean)
     * @return the instance
     * @throws InstanceCreationException when it cannot be created
     */
    Object instanceOf(Class<?> type);
}
