package org.functions4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.functions4j.api.ExecutionContext;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatusType;
import org.junit.jupiter.api.Test;

/**
 * Hello called directly, as users unit-test Azure functions: the API types are interfaces, so a
 * test can fake them without a server.
 */
class HelloTest {
    private static HttpRequestMessage<Optional<Hello.Greeting>> request(Map<String, String> query, String bodyName) {
        Hello.Greeting greeting = null;
        if (bodyName != null) {
            greeting = new Hello.Greeting();
            greeting.name = bodyName;
        }
        Optional<Hello.Greeting> body = Optional.ofNullable(greeting);
        return new HttpRequestMessage<>() {
            @Override
            public URI getUri() {
                return URI.create("http://localhost:7071/api/Hello");
            }

            @Override
            public HttpMethod getHttpMethod() {
                return HttpMethod.GET;
            }

            @Override
            public Map<String, String> getHeaders() {
                return Map.of();
            }

            @Override
            public Map<String, String> getQueryParameters() {
                return query;
            }

            @Override
            public Optional<Hello.Greeting> getBody() {
                return body;
            }

            @Override
            public HttpResponseMessage.Builder createResponseBuilder(HttpStatusType status) {
                return new FakeResponse(status);
            }
        };
    }

    private static final ExecutionContext CONTEXT = new ExecutionContext() {
        @Override
        public Logger getLogger() {
            return Logger.getLogger("test");
        }

        @Override
        public String getInvocationId() {
            return "id";
        }

        @Override
        public String getFunctionName() {
            return "Hello";
        }
    };

    @Test
    void greetsTheNameFromTheQueryFirstThenTheBody() {
        HttpResponseMessage fromQuery = new Hello().run(request(Map.of("name", "Ann"), "Bob"), CONTEXT);
        assertEquals(200, fromQuery.getStatus());
        assertEquals("Hello, Ann", fromQuery.getBody());
        assertEquals("Hello, Bob", new Hello().run(request(Map.of(), "Bob"), CONTEXT).getBody());
        HttpResponseMessage none = new Hello().run(request(Map.of(), null), CONTEXT);
        assertEquals(400, none.getStatus());
        assertEquals("Please pass a name on the query string or in the request body", none.getBody());
    }

    /** A minimal response, as a user's own test double would be. */
    private static final class FakeResponse implements HttpResponseMessage, HttpResponseMessage.Builder {
        private HttpStatusType status;
        private final Map<String, String> headers = new HashMap<>();
        private Object body;

        FakeResponse(HttpStatusType status) {
            this.status = status;
        }

        @Override
        public HttpStatusType getHttpStatus() {
            return status;
        }

        @Override
        public String getHeader(String key) {
            return headers.get(key);
        }

        @Override
        public Object getBody() {
            return body;
        }

        @Override
        public Builder status(HttpStatusType status) {
            this.status = status;
            return this;
        }

        @Override
        public Builder header(String key, String value) {
            headers.put(key, value);
            return this;
        }

        @Override
        public Builder body(Object body) {
            this.body = body;
            return this;
        }

        @Override
        public HttpResponseMessage build() {
            return this;
        }
    }
}
