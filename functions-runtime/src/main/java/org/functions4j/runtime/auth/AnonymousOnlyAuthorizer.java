package org.functions4j.runtime.auth;

import org.functions4j.api.AuthorizationLevel;
import org.functions4j.runtime.model.FunctionDefinition;

/**
 * Lets requests reach ANONYMOUS functions only: what is served without a key store. Nothing is
 * ever served more openly than its annotation says.
 */
public final class AnonymousOnlyAuthorizer implements KeyAuthorizer {
    @Override
    public boolean isAuthorized(FunctionDefinition function, String key) {
        return function.trigger().authLevel() == AuthorizationLevel.ANONYMOUS;
    }
}
