package org.functions4j.server.cdiapp;

import jakarta.inject.Inject;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpTrigger;

/** A function that is a CDI bean: {@code Greetings} is injected. */
@jakarta.enterprise.context.ApplicationScoped
public class Greeted {
    @Inject
    Greetings greetings;

    /** Greets {@code ?name=}. */
    @FunctionName("Greeted")
    public String run(@HttpTrigger(name = "req", methods = HttpMethod.GET, authLevel = AuthorizationLevel.ANONYMOUS)
                      HttpRequestMessage<String> request) {
        return greetings.to(request.getQueryParameters().getOrDefault("name", "stranger"));
    }
}
