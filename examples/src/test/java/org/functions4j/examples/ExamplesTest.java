package org.functions4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.functions4j.runtime.scan.FunctionScanner;
import org.functions4j.server.FunctionsServer;
import org.functions4j.server.HttpExchange;
import org.functions4j.server.HttpExchange.Request;
import org.functions4j.server.TestServers;
import org.functions4j.server.Transport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The examples, found by scanning as the server finds them, answering what the README promises. */
class ExamplesTest {
    private static FunctionsServer server;

    @BeforeAll
    static void start() throws Exception {
        List<Class<?>> classes = FunctionScanner.scan(ExamplesTest.class.getClassLoader(), false,
                List.of("org.functions4j.examples"), List.of());
        server = TestServers.start(classes);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** method | target | body sent | status | body expected */
    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            GET    | /api/products/electronics/357 | ''                     | 200 | electronics item with id = 357 has been requested.
            GET    | /api/products/electronics     | ''                     | 200 | All electronics items were requested.
            GET    | /api/products/electronics/x   | ''                     | 404 | ''
            GET    | /api/products/123             | ''                     | 404 | ''
            POST   | /api/products/electronics     | ''                     | 405 | ''
            POST   | /api/Echo                     | '{"text":"hi","count":2,"tags":["a","b"]}' | 200 | '{"text":"hi","count":2,"tags":["a","b"]}'
            DELETE | /api/items/old-shoes          | ''                     | 204 | ''
            GET    | /api/Hello?name=Ann           | ''                     | 401 | ''
            POST   | /api/Hello                    | '{"name":"Ann"}'       | 401 | ''
            """)
    void answersAsDocumented(String method, String target, String body, int status, String expected) throws Exception {
        Request request = Request.of(method, target);
        HttpExchange response = Transport.inMemory(server).send(body.isEmpty() ? request : request.body(body));
        assertEquals(status, response.status(), response::text);
        assertEquals(expected, response.text());
    }
}
