package it;

import java.util.Optional;
import org.functions4j.api.*;

public class Second {
    @FunctionName("Second")
    public static String run(@HttpTrigger(name = "req", route = "things/{y}") HttpRequestMessage<Optional<String>> request) {
        return "Second";
    }
}
