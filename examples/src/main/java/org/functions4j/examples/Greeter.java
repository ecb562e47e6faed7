package org.functions4j.examples;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/** A CDI bean injected into {@link Welcome}; its greeting is set up in {@code @PostConstruct}. */
@ApplicationScoped
public class Greeter {
    private String greeting;

    @PostConstruct
    void init() {
        greeting = "Welcome";
    }

    /**
     * @param name who to greet
     * @return the greeting
     */
    public String greet(String name) {
        return greeting + ", " + name + "!";
    }
}
