package org.functions4j.server.cdiapp;

import jakarta.enterprise.context.ApplicationScoped;

/** A CDI bean the functions get injected. */
@ApplicationScoped
public class Greetings {
    /** The greeting for a name. */
    public String to(String name) {
        return "Greetings, " + name;
    }
}
