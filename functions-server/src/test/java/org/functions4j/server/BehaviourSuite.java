package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.functions4j.runtime.testing.LogCapture;
import org.functions4j.server.HttpExchange.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The behaviour every front door must show, written once: subclasses say how requests reach the
 * server (in memory through {@code LocalConnector}, or over a socket).
 */
public abstract class BehaviourSuite {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    /** How this suite reaches the server. */
    protected abstract Transport transport();

    /**
     * Whether the app is a WAR in a servlet container: then paths outside {@code /api} and
     * {@code /admin} are the container's, and the container's URI rules apply before ours (Jetty's
     * default refuses {@code %2F}: see container-tests' {@code decodesPathsAsTheContainerAllows}).
     */
    protected boolean isWar() {
        return false;
    }

    protected HttpExchange send(Request request) throws Exception {
        return transport().send(request);
    }

    protected HttpExchange get(String target) throws Exception {
        return send(Request.of("GET", target));
    }

    private static JsonNode json(HttpExchange exchange) throws Exception {
        return JSON.readTree(exchange.body());
    }

    /** method | target | status | expected body ("" for empty) */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            GET    | /api/bindings/7                                  | 200 | id=7 key=- n=null flag=null ratio=- uuid=null
            GET    | /api/bindings/7/k?n=5&flag=TRUE&ratio=0.5        | 200 | id=7 key=k n=5 flag=true ratio=0.5 uuid=null
            GET    | /api/bindings/7?key=fromquery                    | 200 | id=7 key=fromquery n=null flag=null ratio=- uuid=null
            GET    | /api/bindings/7/fromroute?key=fromquery          | 200 | id=7 key=fromroute n=null flag=null ratio=- uuid=null
            GET    | /api/bindings/7?uuid=3f2504e0-4f89-11d3-9a0c-0305e82c3301 | 200 | id=7 key=- n=null flag=null ratio=- uuid=3f2504e0-4f89-11d3-9a0c-0305e82c3301
            GET    | /api/bindings/7/a%20b                            | 200 | id=7 key=a b n=null flag=null ratio=- uuid=null
            GET    | /api/Required?count=3                            | 200 | count=3
            GET    | /api/text                                        | 200 | <null>
            GET    | /api/items/new                                   | 200 | new item form
            GET    | /api/items/old                                   | 200 | item old
            POST   | /api/items/new                                   | 200 | new item form
            GET    | /api/output                                      | 200 | from output binding
            GET    | /api/nothing                                     | 204 | ''
            GET    | /api/no-such-function                            | 404 | ''
            GET    | /nothing-here                                    | 404 | ''
            GET    | /api/bindings/x                                  | 404 | ''
            GET    | /api/secured                                     | 401 | ''
            GET    | /api/secured?code=guess                          | 401 | ''
            GET    | /api/adminonly                                   | 401 | ''
            """)
    void answers(String method, String target, int status, String body) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(isWar() && !target.startsWith("/api/"), "the container's path");
        HttpExchange response = send(Request.of(method, target));
        assertEquals(status, response.status(), response::text);
        assertEquals(body, response.text());
    }

    /** target | the 400 message */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/bindings/7?n=five            | The value for 'n' is not a valid long.
            /api/bindings/7?flag=yes          | The value for 'flag' is not a valid boolean.
            /api/bindings/7?ratio=half        | The value for 'ratio' is not a valid double.
            /api/bindings/7?uuid=nope         | The value for 'uuid' is not a valid uuid.
            /api/Required                     | Missing value for 'count'.
            /api/Required?count=99999999999   | The value for 'count' is not a valid int.
            """)
    void answersUnconvertibleValuesWith400(String target, String message) throws Exception {
        HttpExchange response = get(target);
        assertEquals(400, response.status());
        assertTrue(response.header("Content-Type").startsWith("application/json"));
        JsonNode body = json(response);
        assertEquals(message, body.get("error").asText());
        assertTrue(UUID.matcher(body.get("invocationId").asText()).matches());
    }

    @Test
    void answers405WithAllowForAKnownPathAndAnotherMethod() throws Exception {
        HttpExchange response = send(Request.of("DELETE", "/api/items/old"));
        assertEquals(405, response.status());
        assertEquals("GET", response.header("Allow"));
        assertEquals(0, response.body().length);
        HttpExchange both = send(Request.of("PUT", "/api/items/new"));
        assertEquals("GET, POST", both.header("Allow"), "the Allow of every route matching the path");
    }

    @Test
    void givesTheFunctionTheWholeRequest() throws Exception {
        String rest = isWar() ? "a/b/c" : "a/b%2Fc";
        HttpExchange response = send(Request.of("POST", "/api/request/" + rest + "?x=1&x=2&y=%C3%A9")
                .header("X-Test", "header value").body("the body"));
        assertEquals(200, response.status(), response::text);
        JsonNode body = json(response);
        assertEquals("POST", body.get("method").asText());
        assertTrue(body.get("uri").asText().endsWith("/api/request/" + rest + "?x=1&x=2&y=%C3%A9"), body.toString());
        assertEquals("1,2", body.get("query").get("x").asText(), "a repeated name's values joined, as the Azure host does");
        assertEquals("é", body.get("query").get("y").asText());
        assertEquals("header value", body.get("header").asText(), "header names in lower case");
        assertEquals("the body", body.get("body").asText());
        assertEquals("Request", body.get("function").asText());
        assertEquals(rest, body.get("routeValues").get("rest").asText(), "%2F stays encoded, as Kestrel leaves it");
        assertEquals(36, body.get("invocationIdLength").asInt());
    }

    /**
     * Query parameters as the Azure host hands them to a Java function. The first three rows are
     * Azure/azure-functions-host test/WebJobs.Script.Tests/Workers/Rpc/GrpcMessageConversionExtensionsTests.cs,
     * HttpObjects_Query; the others follow from ASP.NET Core's query collection (case-insensitive
     * names, repeated values joined by StringValues.ToString) and the Java worker's
     * RpcHttpRequestDataSource (blank values dropped). query | parameters as JSON
     */
    @ParameterizedTest(name = "[{index}] ?{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            say=Hi&to=Mom         | {"say":"Hi","to":"Mom"}
            say=Hi                | {"say":"Hi"}
            say=Hi&to=            | {"say":"Hi"}
            k=a&k=b               | {"k":"a,b"}
            K=a&k=b&k=c           | {"K":"a,b,c"}
            to=%20&say=a+b        | {"say":"a b"}
            flag&x=1              | {"x":"1"}
            =orphan&x=%C3%A9      | {"x":"é"}
            x=%C3                 | {"x":"%C3"}
            """)
    void givesQueryParametersAsTheAzureHostDoes(String query, String expected) throws Exception {
        assertEquals(JSON.readTree(expected), json(get("/api/request/x?" + query)).get("query"));
    }

    /**
     * Headers as the Azure host hands them to a Java function: names in lower case, a repeated
     * header joined with "," (StringValues.ToString), blank values dropped (the Java worker's
     * RpcHttpRequestDataSource; the host's HttpObjects_Headers test keeps them in the message).
     */
    @Test
    void givesHeadersAsTheAzureHostDoes() throws Exception {
        HttpExchange response = send(Request.of("GET", "/api/request/x").header("X-Test", "world")
                .header("X-Mx-Key", "value").header("X-Empty", " "));
        JsonNode headers = json(response).get("headers");
        assertEquals("world", headers.get("x-test").asText());
        assertEquals("value", headers.get("x-mx-key").asText());
        assertFalse(headers.has("x-empty"), headers::toString);
    }

    /** The invocation continues the caller's W3C trace with a span of its own, or starts one. */
    @Test
    void givesTheFunctionTheTraceContext() throws Exception {
        JsonNode continued = json(send(Request.of("GET", "/api/request/x")
                .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .header("tracestate", "congo=t61rcWkgMzE")));
        assertTrue(continued.get("traceparent").asText().matches("00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01"),
                continued::toString);
        assertFalse(continued.get("traceparent").asText().contains("b7ad6b7169203331"), continued::toString);
        assertEquals("congo=t61rcWkgMzE", continued.get("tracestate").asText());
        JsonNode started = json(get("/api/request/x"));
        assertTrue(started.get("traceparent").asText().matches("00-[0-9a-f]{32}-[0-9a-f]{16}-00"), started::toString);
    }

    @Test
    void aRequestWithoutBodyGivesAnEmptyOptional() throws Exception {
        assertEquals("<empty>", json(get("/api/request/x")).get("body").asText());
    }

    @Test
    void keepsOneInstancePerClass() throws Exception {
        get("/api/request/x");
        int before = Integer.parseInt(get("/api/calls").text());
        get("/api/request/x");
        assertEquals(before + 1, Integer.parseInt(get("/api/calls").text()));
    }

    @Test
    void passesBytesThroughUnchanged() throws Exception {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        HttpExchange response = send(Request.of("POST", "/api/bytes").body(bytes));
        assertEquals(200, response.status());
        assertEquals("application/octet-stream", response.header("Content-Type"));
        assertTrue(Arrays.equals(bytes, response.body()));
    }

    @Test
    void writesStringsAsUtf8Text() throws Exception {
        HttpExchange response = send(Request.of("POST", "/api/text").body("héllo ✓"));
        assertEquals("[héllo ✓]", response.text());
        assertEquals("text/plain;charset=utf-8", response.header("Content-Type").replace(" ", "").toLowerCase());
    }

    @Test
    void decodesTextInTheCharsetTheClientDeclared() throws Exception {
        HttpExchange response = send(Request.of("POST", "/api/charset")
                .header("Content-Type", "text/plain; charset=ISO-8859-1")
                .body("café".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("café/5", response.text());
    }

    @Test
    void readsAndWritesJson() throws Exception {
        HttpExchange response = send(Request.of("POST", "/api/json").header("Content-Type", "application/json")
                .body("{\"name\":\"apple\",\"quantity\":2,\"unknown\":true}"));
        assertEquals(200, response.status(), response::text);
        assertTrue(response.header("Content-Type").startsWith("application/json"));
        assertEquals("{\"name\":\"apple\",\"quantity\":4}", response.text());
        assertEquals("2", send(Request.of("POST", "/api/jsonlist").body("[{},{}]")).text());
        assertEquals("-1", send(Request.of("POST", "/api/jsonlist")).text());
    }

    /** body sent to a JSON function | the message's beginning (issue 14.5: no Java type names) */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            '{"name": '             | The request body is not valid JSON: Unexpected end-of-input
            'not json'              | The request body is not valid JSON: Unrecognized token 'not'
            '{"quantity": "many"}'  | The request body does not fit this function: the value at "/quantity" is not an integer
            '[1, 2]'                | The request body does not fit this function: expected an object at the top level, found an array
            '{"name": "a"} xyz'     | The request body is not valid JSON: Unrecognized token 'xyz'
            '{"name": "a"} {}'      | The request body does not fit this function: unexpected content after the JSON value
            """)
    void answersABodyThatIsNotJsonForTheFunctionWith400(String body, String expected) throws Exception {
        HttpExchange response = send(Request.of("POST", "/api/json").body(body));
        assertEquals(400, response.status());
        JsonNode json = json(response);
        assertTrue(json.get("error").asText().startsWith(expected), json::toString);
        assertFalse(json.get("error").asText().matches("(?s).*(java\\.|org\\.functions4j|`|\\$).*"), json::toString);
        assertTrue(UUID.matcher(json.get("invocationId").asText()).matches());
    }

    /** Issue 14.6: overlong UTF-8 decodes to '/' in lenient decoders; here it is refused for JSON and text alike. */
    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/json | 7b226e616d65223a2261c0af62227d   | 10
            /api/json | 7b226e616d65223a2261e080af62227d | 10
            /api/text | 61c0af62                         | 1
            /api/text | 61eda08062                       | 1
            """)
    void refusesMalformedUtf8With400(String target, String hex, int offset) throws Exception {
        HttpExchange response = send(Request.of("POST", target).header("Content-Type", "application/json")
                .body(java.util.HexFormat.of().parseHex(hex)));
        assertEquals(400, response.status(), response::text);
        assertEquals("The request body is not valid UTF-8 (byte offset " + offset + ").",
                json(response).get("error").asText());
    }

    /** Issue 14.1: Jetty's own content-type lookup throws for these; the answer is a 415 at once. */
    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/json | application/json; charset=nope-123 | nope-123
            /api/text | text/plain; charset=x@y            | x@y
            """)
    void refusesACharsetItCannotDecodeWith415(String target, String contentType, String charset) throws Exception {
        HttpExchange response = send(Request.of("POST", target).header("Content-Type", contentType).body("{}"));
        assertEquals(415, response.status(), response::text);
        assertEquals("The charset '" + charset + "' of the request's Content-Type is not supported; send UTF-8.",
                json(response).get("error").asText());
    }

    @Test
    void writesTheResponseAFunctionBuilt() throws Exception {
        HttpExchange custom = get("/api/custom");
        assertEquals(299, custom.status());
        assertEquals("yes", custom.header("X-Custom"));
        assertEquals("text/csv", custom.header("Content-Type"));
        assertEquals("a,b", custom.text());
        HttpExchange created = get("/api/created");
        assertEquals(201, created.status());
        assertEquals("/api/things/1", created.header("Location"));
        assertEquals("{\"id\":1}", created.text());
    }

    @Test
    void hidesWhatAFunctionThrewAndLogsItWithTheInvocationId() throws Exception {
        try (LogCapture logs = LogCapture.of("org.functions4j.runtime.pipeline.Execution")) {
            for (String target : List.of("/api/throws", "/api/asyncfails")) {
                HttpExchange response = get(target);
                assertEquals(500, response.status());
                assertFalse(response.text().contains("secret-detail"), response::text);
                assertFalse(response.text().contains("IllegalStateException"), response::text);
                assertFalse(response.text().contains("\tat "), response::text);
                String invocationId = json(response).get("invocationId").asText();
                assertTrue(UUID.matcher(invocationId).matches());
                assertTrue(logs.records().stream().anyMatch(r -> r.getMessage().contains(invocationId)
                        && r.getThrown() != null && r.getThrown().getMessage().contains("secret-detail")),
                        "the log has the invocation id and the exception");
            }
        }
    }

    @Test
    void servesACompletionStageAsynchronously() throws Exception {
        HttpExchange response = get("/api/async");
        assertEquals(200, response.status());
        assertEquals("later", response.text());
    }

    @Test
    void prefixesEveryLogLineOfAFunctionWithItsInvocationId() throws Exception {
        try (LogCapture logs = LogCapture.of("Function.Logs")) {
            String invocationId = get("/api/logs").text();
            assertTrue(logs.texts().contains("[" + invocationId + "] logged by the function"), logs.texts()::toString);
        }
    }
}
