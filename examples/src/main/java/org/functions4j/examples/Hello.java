package org.functions4j.examples;

import java.util.Optional;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.ExecutionContext;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatus;
import org.functions4j.api.HttpTrigger;

/** The seed's first example: a name from the query string or a JSON body. Needs a function key. */
public class Hello {
    /** The JSON body this function accepts. */
    public static class Greeting {
        /** The name to greet. */
        public String name;
    }

    /**
     * Greets the name given in {@code ?name=} or in a JSON body {@code {"name": ...}}.
     *
     * @param request the request
     * @param context the invocation context
     * @return 200 with the greeting, or 400 when no name was given
     */
    @FunctionName("Hello")
    public HttpResponseMessage run(
            @HttpTrigger(name = "req", methods = {HttpMethod.GET, HttpMethod.POST},
                    authLevel = AuthorizationLevel.FUNCTION) HttpRequestMessage<Optional<Greeting>> request,
            ExecutionContext context) {
        context.getLogger().info("Hello processed a request.");
        String name = request.getQueryParameters().get("name");
        if (name == null) {
            name = request.getBody().map(greeting -> greeting.name).orElse(null);
        }
        if (name == null) {
            return request.createResponseBuilder(HttpStatus.BAD_REQUEST)
                    .body("Please pass a name on the query string or in the request body").build();
        }
        return request.createResponseBuilder(HttpStatus.OK).body("Hello, " + name).build();
    }
}
