package org.functions4j.api;

/** Which key a request must present to call a function. */
public enum AuthorizationLevel {
    /** No key is required. */
    ANONYMOUS,
    /** A key of the function, any host key, or the master key. The default. */
    FUNCTION,
    /** The master key only. */
    ADMIN
}
