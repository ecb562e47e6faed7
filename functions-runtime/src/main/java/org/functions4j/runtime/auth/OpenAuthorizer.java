package org.functions4j.runtime.auth;

import java.util.logging.Logger;
import org.functions4j.api.AuthorizationLevel;

/**
 * Lets every request to a function through: the development switch ({@code --no-auth}) that
 * turns function keys off. The admin endpoints still take the master key, and webhook deliveries
 * are still checked. Creating one logs a loud warning, so no start-up with keys off goes unnoticed.
 */
public final class OpenAuthorizer implements KeyAuthorizer {
    /** The warning printed at every start-up with keys off. */
    public static final String WARNING = "*** KEYS ARE DISABLED: every function can be called without a key by anyone "
            + "who can reach this server. Use this for local development only. ***";

    private final KeyAuthorizer host;

    /**
     * Logs {@link #WARNING}.
     *
     * @param host decides for the host's own endpoints
     */
    public OpenAuthorizer(KeyAuthorizer host) {
        this.host = host;
        Logger.getLogger(OpenAuthorizer.class.getName()).warning(WARNING);
    }

    @Override
    public Decision decide(AuthorizationLevel required, String function, String key) {
        return function != null ? Decision.ALLOW : host.decide(required, null, key);
    }
}
