/*
 * Written in the shape of the unit test Microsoft's Maven archetype for Azure Functions generates
 * (microsoft/azure-maven-archetypes, azure-functions-archetype, FunctionTest.java, MIT licence):
 * Mockito mocks of the request and the context, the response built through the mock above. Only
 * the imports differ from an Azure project's test.
 */
package org.functions4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hello called directly, without a server, the way Azure users unit-test their functions. */
class HelloTest {
    @SuppressWarnings("unchecked")
    private static HttpRequestMessage<Optional<Hello.Greeting>> request(String queryName, String bodyName) {
        final HttpRequestMessage<Optional<Hello.Greeting>> req = mock(HttpRequestMessage.class);
        final Map<String, String> queryParams = new HashMap<>();
        if (queryName != null) {
            queryParams.put("name", queryName);
        }
        doReturn(queryParams).when(req).getQueryParameters();
        Hello.Greeting greeting = null;
        if (bodyName != null) {
            greeting = new Hello.Greeting();
            greeting.name = bodyName;
        }
        doReturn(Optional.ofNullable(greeting)).when(req).getBody();
        doAnswer(invocation -> {
            HttpStatus status = (HttpStatus) invocation.getArguments()[0];
            return new HttpResponseMessageMock.HttpResponseMessageBuilderMock().status(status);
        }).when(req).createResponseBuilder(any(HttpStatus.class));
        return req;
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
        final ExecutionContext context = mock(ExecutionContext.class);
        doReturn(Logger.getGlobal()).when(context).getLogger();

        final HttpResponseMessage ret = new Hello().run(request(queryName, bodyName), context);

        assertEquals(status, ret.getStatus());
        assertEquals(status.value(), ret.getStatusCode());
        assertEquals(body, ret.getBody());
    }
}
