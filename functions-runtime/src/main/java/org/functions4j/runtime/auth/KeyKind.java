package org.functions4j.runtime.auth;

/** What a presented key is, for one function. */
public enum KeyKind {
    /** The master key: everything, including the admin API. */
    MASTER,
    /** A host key: every function. */
    HOST,
    /** One of the function's own keys. */
    FUNCTION,
    /** A system key: for extensions, not for calling functions. */
    SYSTEM,
    /** No key, or one that matches nothing. */
    NONE
}
