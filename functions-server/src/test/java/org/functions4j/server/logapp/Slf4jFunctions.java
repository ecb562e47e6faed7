package org.functions4j.server.logapp;

import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpTrigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A function that logs through SLF4J, as many Java libraries and apps do (azure-functions-java-library#71). */
public class Slf4jFunctions {
    private static final Logger LOG = LoggerFactory.getLogger(Slf4jFunctions.class);

    @FunctionName("Slf4j")
    public String run(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        LOG.info("logged through SLF4J");
        return "logged";
    }
}
