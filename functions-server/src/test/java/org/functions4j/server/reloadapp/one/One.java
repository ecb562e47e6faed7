package org.functions4j.server.reloadapp.one;

import java.util.concurrent.TimeUnit;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpTrigger;
import org.functions4j.server.reloadapp.Gate;

/** The app before the change. */
public class One {
    @FunctionName("One")
    public String one(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        return "one";
    }

    @FunctionName("Held")
    public String held(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body)
            throws InterruptedException {
        Gate.entered.countDown();
        Gate.release.await(30, TimeUnit.SECONDS);
        return "held by " + getClass().getClassLoader().getName();
    }
}
