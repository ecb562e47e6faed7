package org.functions4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatus;
import org.functions4j.test.RequestMessages;
import org.functions4j.test.TestContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hello called directly, without a server, as Azure users unit-test their functions, but with the
 * runtime's own request, context and response (functions-test) instead of hand-written mocks: what
 * the function gets here is what it gets when served. (Tests in the exact shape Microsoft's
 * archetype generates, with its hand-written response mock, run in {@code azure-ports}.)
 */
class HelloTest {
    /** name in the query | name in the body | status | body */
    @ParameterizedTest(name = "[{index}] query {0}, body {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Azure | -   | OK          | Hello, Azure
            Ann   | Bob | OK          | Hello, Ann
            -     | Bob | OK          | Hello, Bob
            -     | -   | BAD_REQUEST | Please pass a name on the query string or in the request body
            """)
    void greetsTheNameFromTheQueryFirstThenTheBody(String queryName, String bodyName, HttpStatus status, String body) {
        RequestMessages.Builder builder = RequestMessages.request(HttpMethod.POST, "/api/Hello");
        if (queryName != null) {
            builder.query("name", queryName);
        }
        Hello.Greeting greeting = null;
        if (bodyName != null) {
            greeting = new Hello.Greeting();
            greeting.name = bodyName;
        }
        HttpRequestMessage<Optional<Hello.Greeting>> request = builder.build(Optional.ofNullable(greeting));
        TestContext context = TestContext.of("Hello");

        HttpResponseMessage response = new Hello().run(request, context);

        assertEquals(status, response.getStatus());
        assertEquals(body, response.getBody());
    }
}
