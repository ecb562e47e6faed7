package org.functions4j.runtime.auth;

import org.functions4j.runtime.model.FunctionDefinition;

/**
 * Authorizes with the secret store: ANONYMOUS needs no key; FUNCTION takes the function's own
 * keys, any host key or the master key; ADMIN only the master key.
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
    public boolean isAuthorized(FunctionDefinition function, String key) {
        return switch (function.trigger().authLevel()) {
            case ANONYMOUS -> true;
            case FUNCTION -> switch (store.kindOf(key, function.name())) {
                case MASTER, HOST, FUNCTION -> true;
                case SYSTEM, NONE -> false;
            };
            case ADMIN -> store.kindOf(key, function.name()) == KeyKind.MASTER;
        };
    }
}
