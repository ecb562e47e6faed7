package it;

import com.google.gson.Gson;
import java.util.Map;
import java.util.Optional;
import org.functions4j.api.*;

public class Greeting {
    @FunctionName("Greeting")
    public static String greet(@HttpTrigger(name = "req", methods = {HttpMethod.GET},
            authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request) {
        return new Gson().toJson(Map.of("greeting", request.getQueryParameters().getOrDefault("name", "nobody")));
    }

    @FunctionName("Fire")
    public static void fire(@HttpTrigger(name = "req", methods = {HttpMethod.POST},
            authLevel = AuthorizationLevel.ANONYMOUS) String body) {
    }
}
