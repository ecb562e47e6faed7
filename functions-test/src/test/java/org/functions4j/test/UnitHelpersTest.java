package org.functions4j.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatus;
import org.functions4j.test.fixtures.KitFunctions;
import org.junit.jupiter.api.Test;

/** Calling a function method directly with the runtime's own request, context and response. */
class UnitHelpersTest {
    @Test
    void callsAFunctionMethodWithTheRuntimesRequestContextAndResponse() {
        HttpRequestMessage<Optional<String>> request = RequestMessages.request(HttpMethod.GET, "/api/hello/Ann")
                .header("X-Trace", "1").query("k", "a").query("k", "b").buildWithoutBody();
        TestContext context = TestContext.of("Hello", Map.of("name", "Ann"));

        HttpResponseMessage response = new KitFunctions().hello(request, "Ann", context);

        assertEquals(HttpStatus.OK, response.getStatus());
        assertEquals(200, response.getStatusCode());
        assertEquals("Hello, Ann", response.getBody());
        assertEquals("Ann", response.getHeader("x-greeted"), "the runtime's builder: header names ignore case");
        assertEquals(List.of("greeting Ann"), context.logLines());
        assertEquals(Map.of("k", "a,b"), request.getQueryParameters(), "repeated values joined, as served");
        assertEquals("1", request.getHeaders().get("x-trace"), "header names in lower case, as served");
        assertEquals(Map.of("name", "Ann"), context.getRouteValues());
        assertEquals(36, context.getInvocationId().length());
    }

    @Test
    void takesABodyOfAnyType() {
        KitFunctions.Item item = new KitFunctions.Item();
        item.count = 4;
        HttpRequestMessage<KitFunctions.Item> request = RequestMessages.request(HttpMethod.POST, "http://example.org/api/Echo")
                .build(item);
        assertEquals(5, new KitFunctions().echo(request.getBody()).count);
        assertEquals("example.org", request.getUri().getHost());
    }
}
