package org.functions4j.server.cdiapp;

import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpTrigger;

/** A function of a CDI app that is not a bean: made with its constructor. */
public class Plain {
    /** Answers "plain". */
    @FunctionName("Plain")
    public String run(@HttpTrigger(name = "req", methods = HttpMethod.GET, authLevel = AuthorizationLevel.ANONYMOUS)
                      HttpRequestMessage<String> request) {
        return "plain";
    }
}
