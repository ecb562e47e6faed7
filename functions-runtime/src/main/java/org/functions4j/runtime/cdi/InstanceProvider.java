package org.functions4j.runtime.cdi;

/** Supplies the object an instance-method function is called on. */
public interface InstanceProvider {
    /**
     * The instance to call functions of {@code type} on.
     *
     * @param type a public class with a public no-argument constructor, or a CDI bean
     * @return the instance (for a CDI bean of a normal scope, its client proxy)
     * @throws InstanceCreationException when it cannot be created
     */
    Object instanceOf(Class<?> type);

    /**
     * Whether instances are resolved at the first call rather than at start-up: a CDI container
     * in a web app may start after the functions are registered.
     *
     * @return true to resolve lazily
     */
    default boolean resolvesLazily() {
        return false;
    }

    /**
     * Waits until instances can be made: a container booting in the background (Weld SE beside
     * the embedded server's start) has started, or failed.
     *
     * @throws InstanceCreationException when the container did not start, saying why
     */
    default void awaitStarted() {
    }
}
