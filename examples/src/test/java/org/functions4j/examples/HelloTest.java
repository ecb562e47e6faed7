package org.functions4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.functions4j.api.ExecutionContext;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatus;
import org.functions4j.api.HttpStatusType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hello called directly, without a server, as Azure users unit-test their functions: the request,
 * the context and the response are interfaces, mocked here with Mockito. (Tests in the exact shape
 * Microsoft's archetype generates, with its hand-written response mock, run in {@code azure-ports}.)
 */
class HelloTest {
    @SuppressWarnings("unchecked")
    private static HttpRequestMessage<Optional<Hello.Greeting>> request(String queryName, String bodyName) {
        HttpRequestMessage<Optional<Hello.Greeting>> request = mock(HttpRequestMessage.class);
        Map<String, String> query = new HashMap<>();
        if (queryName != null) {
            query.put("name", queryName);
        }
        doReturn(query).when(request).getQueryParameters();
        Hello.Greeting greeting = null;
        if (bodyName != null) {
            greeting = new Hello.Greeting();
            greeting.name = bodyName;
        }
        doReturn(Optional.ofNullable(greeting)).when(request).getBody();
        doAnswer(invocation -> responseBuilder(invocation.getArgument(0)))
                .when(request).createResponseBuilder(any(HttpStatus.class));
        return request;
    }

    /** A builder whose response remembers the status and the body it was given. */
    private static HttpResponseMessage.Builder responseBuilder(HttpStatusType status) {
        HttpResponseMessage.Builder builder = mock(HttpResponseMessage.Builder.class, RETURNS_SELF);
        HttpResponseMessage response = mock(HttpResponseMessage.class);
        doReturn(status).when(response).getStatus();
        doAnswer(invocation -> {
            doReturn(invocation.getArgument(0)).when(response).getBody();
            return builder;
        }).when(builder).body(any());
        doReturn(response).when(builder).build();
        return builder;
    }

    /** name in the query | name in the body | status | body */
    @ParameterizedTest(name = "[{index}] query {0}, body {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Azure | -   | OK          | Hello, Azure
            Ann   | Bob | OK          | Hello, Ann
            -     | Bob | OK          | Hello, Bob
            -     | -   | BAD_REQUEST | Please pass a name on the query string or in the request body
            """)
    void greetsTheNameFromTheQueryFirstThenTheBody(String queryName, String bodyName, HttpStatus status, String body) {
        ExecutionContext context = mock(ExecutionContext.class);
        doReturn(Logger.getGlobal()).when(context).getLogger();

        HttpResponseMessage response = new Hello().run(request(queryName, bodyName), context);

        assertEquals(status, response.getStatus());
        assertEquals(body, response.getBody());
    }
}
