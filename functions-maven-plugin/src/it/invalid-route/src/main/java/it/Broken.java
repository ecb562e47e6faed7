package it;

import java.util.Optional;
import org.functions4j.api.*;

public class Broken {
    @FunctionName("Broken")
    public static String run(@HttpTrigger(name = "req", route = "items/{id:int") HttpRequestMessage<Optional<String>> request) {
        return "Broken";
    }
}
