package org.functions4j.server.cdiapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpTrigger;

/** A bean whose dependency nothing provides: Weld refuses the deployment. */
@ApplicationScoped
public class Needy {
    /** Has no implementation in the app. */
    public interface Unprovided {
    }

    @Inject
    Unprovided missing;

    /** Never called. */
    @FunctionName("Needy")
    public String run(@HttpTrigger(name = "req", methods = HttpMethod.GET, authLevel = AuthorizationLevel.ANONYMOUS)
                      HttpRequestMessage<String> request) {
        return "unreachable";
    }
}
