package org.functions4j.runtime.cdi;

/** A function class whose instance cannot be created, e.g. because its constructor threw. */
public class InstanceCreationException extends RuntimeException {
    /**
     * @param message names the class
     * @param cause why
     */
    public InstanceCreationException(String message, Throwable cause) {
        super(message, cause);
    }
}
