package org.functions4j.server.cdiapp;

import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpTrigger;

/** Not a bean, and its constructor fails: start-up must stop. */
public class Throwing {
    /** Always throws. */
    public Throwing() {
        throw new IllegalStateException("no database");
    }

    /** Never called. */
    @FunctionName("Throwing")
    public String run(@HttpTrigger(name = "req", methods = HttpMethod.GET, authLevel = AuthorizationLevel.ANONYMOUS)
                      HttpRequestMessage<String> request) {
        return "unreachable";
    }
}
