package org.functions4j.test;

import java.util.Map;
import org.functions4j.server.BehaviourSuite;
import org.functions4j.server.HttpExchange;
import org.functions4j.server.Transport;
import org.functions4j.server.testapp.TestFunctions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The embedded server's behaviour suite (60 cases) through the kit, in memory: no Jetty at all, the
 * pipeline fed by the kit's own exchange. What a user's test sees is what the server serves.
 */
@FunctionsTest(classes = TestFunctions.class)
class KitBehaviourTest extends BehaviourSuite {
    private static FunctionsClient client;

    @BeforeAll
    static void client(FunctionsClient served) {
        client = served;
    }

    @Override
    protected Transport transport() {
        return request -> {
            TestRequest call = client.call(request.method(), request.target());
            request.headers().forEach(call::header);
            if (request.body() != null) {
                call.body(request.body());
            }
            TestResponse response = call.send();
            return new HttpExchange(response.status(), Map.copyOf(response.headers()), response.body());
        };
    }
}
