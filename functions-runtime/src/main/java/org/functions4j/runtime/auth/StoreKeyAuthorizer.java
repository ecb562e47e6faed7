package org.functions4j.runtime.auth;

import org.functions4j.api.AuthorizationLevel;

/**
 * Authorizes with the secret store: ANONYMOUS needs no key; FUNCTION takes the function's own
 * keys, any host key or the master key; ADMIN only the master key. A system key is a valid key
 * that calls nothing.
 */
public final class StoreKeyAuthorizer implements KeyAuthorizer {
    private final SecretStore store;

    /**
     * @param store the keys
     */
    public StoreKeyAuthorizer(SecretStore store) {
        this.store = store;
    }

    @Override
    public Decision decide(AuthorizationLevel required, String function, String key) {
        if (required == AuthorizationLevel.ANONYMOUS) {
            return Decision.ALLOW;
        }
        KeyKind kind = store.kindOf(key, function);
        boolean enough = switch (kind) {
            case MASTER -> true;
            case HOST, FUNCTION -> required == AuthorizationLevel.FUNCTION;
            case SYSTEM, NONE -> false;
        };
        return enough ? Decision.ALLOW : kind == KeyKind.NONE ? Decision.UNAUTHORIZED : Decision.FORBIDDEN;
    }
}
