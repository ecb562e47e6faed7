package org.functions4j.api;

/** An HTTP status code: one of {@link HttpStatus}, or a custom one. */
public interface HttpStatusType {
    /**
     * The numeric status code.
     *
     * @return the code
     */
    int value();

    /**
     * A status code not listed in {@link HttpStatus}.
     *
     * @param code a positive status code
     * @return the status
     * @throws IllegalArgumentException if {@code code} is not positive
     */
    static HttpStatusType custom(int code) {
        if (code <= 0) {
            throw new IllegalArgumentException("A positive integer must be provided.");
        }
        return () -> code;
    }
}
