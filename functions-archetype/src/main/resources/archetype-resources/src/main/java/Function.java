package ${package};

import java.util.Optional;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.ExecutionContext;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatus;
import org.functions4j.api.HttpTrigger;

/** An HTTP function: GET or POST /api/Hello, with the function's key. */
public class Function {
    @FunctionName("Hello")
    public HttpResponseMessage run(
            @HttpTrigger(name = "req", methods = {HttpMethod.GET, HttpMethod.POST},
                    authLevel = AuthorizationLevel.FUNCTION) HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        context.getLogger().info("Hello was called");
        String name = request.getQueryParameters().getOrDefault("name", request.getBody().orElse(""));
        if (name.isBlank()) {
            return request.createResponseBuilder(HttpStatus.BAD_REQUEST)
                    .body("Please pass a name on the query string or in the request body").build();
        }
        return request.createResponseBuilder(HttpStatus.OK).body("Hello, " + name).build();
    }
}
