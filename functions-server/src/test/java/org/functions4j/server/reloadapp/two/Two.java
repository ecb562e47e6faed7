package org.functions4j.server.reloadapp.two;

import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpTrigger;

/** What the change adds. */
public class Two {
    @FunctionName("Two")
    public String two(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        return "two, loaded by a context class loader of " + Thread.currentThread().getContextClassLoader().getName();
    }
}
