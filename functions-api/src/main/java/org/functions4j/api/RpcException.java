package org.functions4j.api;

/** A failure as the host reports it to a retried invocation. */
public interface RpcException {
    /**
     * Where the failure came from.
     *
     * @return the source
     */
    String getSource();

    /**
     * The failure's stack trace.
     *
     * @return the stack trace
     */
    String getStacktrace();

    /**
     * The failure's message.
     *
     * @return the message
     */
    String getMessage();
}
