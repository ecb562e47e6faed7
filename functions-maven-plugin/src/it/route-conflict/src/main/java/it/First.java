package it;

import java.util.Optional;
import org.functions4j.api.*;

public class First {
    @FunctionName("First")
    public static String run(@HttpTrigger(name = "req", route = "things/{x}") HttpRequestMessage<Optional<String>> request) {
        return "First";
    }
}
