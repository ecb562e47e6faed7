package org.functions4j.runtime.auth;

import org.functions4j.runtime.model.FunctionDefinition;

/** Decides whether a request may call a function, from the key it presents. */
public interface KeyAuthorizer {
    /**
     * @param function the function the request is for
     * @param key the key presented ({@code x-functions-key} header, else {@code code} query), or null
     * @return true when the request may call the function
     */
    boolean isAuthorized(FunctionDefinition function, String key);
}
