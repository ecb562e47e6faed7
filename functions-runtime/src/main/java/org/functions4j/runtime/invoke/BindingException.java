package org.functions4j.runtime.invoke;

/**
 * A request that cannot be turned into the function's arguments: answered with {@link #status()}
 * (400, or 415 for a charset the host cannot decode) and this message.
 */
public class BindingException extends RuntimeException {
    private final int status;

    /**
     * A 400.
     *
     * @param message what the client sent wrong, safe to show to the client
     */
    public BindingException(String message) {
        this(400, message);
    }

    /**
     * @param status the client-error status to answer
     * @param message what the client sent wrong, safe to show to the client
     */
    public BindingException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** The status to answer. */
    public int status() {
        return status;
    }
}
