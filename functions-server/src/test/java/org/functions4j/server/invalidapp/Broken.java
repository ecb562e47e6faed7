package org.functions4j.server.invalidapp;

import org.functions4j.api.FunctionName;

/** A function without a trigger: the server must refuse to start. */
public class Broken {
    @FunctionName("Broken")
    public static String run(String body) {
        return body;
    }
}
