package it;

import java.util.Optional;
import org.functions4j.api.*;

public class Products {
    @FunctionName("Products")
    public static String run(@HttpTrigger(name = "req", route = "products/{category:alpha}/{id:int?}", authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request) {
        return "Products";
    }
}
