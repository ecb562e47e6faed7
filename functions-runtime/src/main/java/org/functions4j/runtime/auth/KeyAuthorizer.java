package org.functions4j.runtime.auth;

import org.functions4j.api.AuthorizationLevel;

/**
 * The one place that decides what a presented key may do: call a function of some authorization
 * level, or use the host's admin endpoints. Every stage that looks at a key (the function's key
 * check, the webhook check's master-key bypass, the admin API, the status endpoint) asks here.
 */
public interface KeyAuthorizer {
    /** What a key may do. */
    enum Decision {
        /** Go on. */
        ALLOW,
        /** No key, or one that matches nothing: 401. */
        UNAUTHORIZED,
        /** A valid key that is not enough for what is asked (a function key on the admin API): 403. */
        FORBIDDEN
    }

    /**
     * @param required the level asked for: a function's, or {@code ADMIN} for the host's admin endpoints
     * @param function the function's name, or null for the host's own endpoints
     * @param key the key presented ({@code x-functions-key} header, else {@code code} query), or null
     * @return the decision
     */
    Decision decide(AuthorizationLevel required, String function, String key);

    /** Whether the key is the master key, which may do anything (and skips webhook checks). */
    default boolean isMaster(String key) {
        return decide(AuthorizationLevel.ADMIN, null, key) == Decision.ALLOW;
    }
}
