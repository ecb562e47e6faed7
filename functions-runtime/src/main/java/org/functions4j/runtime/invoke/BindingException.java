package org.functions4j.runtime.invoke;

/** A request whose values cannot be converted for the function: answered 400 with this message. */
public class BindingException extends RuntimeException {
    /**
     * @param message what the client sent wrong, safe to show to the client
     */
    public BindingException(String message) {
        super(message, null, false, false);
    }
}
