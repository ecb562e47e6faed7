package org.functions4j.server.envapp;

import java.util.Optional;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.BindingName;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatus;
import org.functions4j.api.HttpTrigger;

/** Functions that read their environment, as Azure apps read app settings (LocalSettingsProcessTest). */
public class EnvFunctions {
    @FunctionName("Setting")
    public HttpResponseMessage setting(
            @HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS, methods = HttpMethod.GET,
                    route = "setting/{name}") HttpRequestMessage<Optional<String>> request,
            @BindingName("name") String name) {
        // Only the test's own variables: a test app still should not echo a machine's environment.
        String value = name.startsWith("F4J_") || name.startsWith("ConnectionStrings:") ? System.getenv(name) : null;
        return value == null ? request.createResponseBuilder(HttpStatus.NOT_FOUND).build()
                : request.createResponseBuilder(HttpStatus.OK).body(value).build();
    }

    @FunctionName("Switched")
    public String switched(
            @HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS, methods = HttpMethod.GET)
            HttpRequestMessage<Optional<String>> request) {
        return "on";
    }

    /** Whether the function runs on a virtual thread (Thread.isVirtual, JDK 21+, called reflectively: compiled for 17). */
    @FunctionName("ThreadKind")
    public String threadKind(
            @HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS, methods = HttpMethod.GET)
            HttpRequestMessage<Optional<String>> request) throws ReflectiveOperationException {
        return Runtime.version().feature() < 21 ? "platform"
                : (Boolean) Thread.class.getMethod("isVirtual").invoke(Thread.currentThread()) ? "virtual" : "platform";
    }
}
