package org.functions4j.examples;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.BindingName;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpTrigger;

/**
 * A function that is a CDI bean: {@link Greeter} is injected, in a servlet container with Weld
 * servlet and on the embedded server (Weld SE, because this app has META-INF/beans.xml).
 */
@ApplicationScoped
public class Welcome {
    @Inject
    Greeter greeter;

    /**
     * @param body ignored
     * @param name who to greet, from {@code ?name=}
     * @return the greeting
     */
    @FunctionName("Welcome")
    public String welcome(
            @HttpTrigger(name = "req", methods = {HttpMethod.GET}, authLevel = AuthorizationLevel.ANONYMOUS) String body,
            @BindingName("name") Optional<String> name) {
        return greeter.greet(name.orElse("stranger"));
    }
}
