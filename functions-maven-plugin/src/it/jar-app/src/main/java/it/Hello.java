package it;

import java.util.Optional;
import org.functions4j.api.*;

public class Hello {
    @FunctionName("Hello")
    public static String run(@HttpTrigger(name = "req", methods = {HttpMethod.GET, HttpMethod.POST}) HttpRequestMessage<Optional<String>> request) {
        return "Hello";
    }
}
