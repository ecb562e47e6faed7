package org.functions4j.runtime.auth;

import java.util.logging.Logger;
import org.functions4j.runtime.model.FunctionDefinition;

/**
 * Lets every request through: the development switch ({@code --no-auth}) that turns keys off.
 * Creating one logs a loud warning, so no start-up with keys off goes unnoticed.
 */
public final class OpenAuthorizer implements KeyAuthorizer {
    /** The warning printed at every start-up with keys off. */
    public static final String WARNING = "*** KEYS ARE DISABLED: every function can be called without a key by anyone "
            + "who can reach this server. Use this for local development only. ***";

    /** Logs {@link #WARNING}. */
    public OpenAuthorizer() {
        Logger.getLogger(OpenAuthorizer.class.getName()).warning(WARNING);
    }

    @Override
    public boolean isAuthorized(FunctionDefinition function, String key) {
        return true;
    }
}
