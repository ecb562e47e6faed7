package org.functions4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.functions4j.runtime.auth.SecretStore;
import org.functions4j.runtime.scan.FunctionScanner;
import org.functions4j.server.FunctionsServer;
import org.functions4j.server.HttpExchange;
import org.functions4j.server.HttpExchange.Request;
import org.functions4j.server.TestServers;
import org.functions4j.server.Transport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
            GET    | /api/Stats                    | ''                     | 401 | ''
            GET    | /api/Welcome?name=Ann         | ''                     | 200 | Welcome, Ann!
            GET    | /api/Welcome                  | ''                     | 200 | Welcome, stranger!
            """)
    void answersAsDocumented(String method, String target, String body, int status, String expected) throws Exception {
        Request request = Request.of(method, target);
        HttpExchange response = Transport.inMemory(server).send(body.isEmpty() ? request : request.body(body));
        assertEquals(status, response.status(), response::text);
        assertEquals(expected, response.text());
    }

    /** Issue 14, as reported against the examples: each gets its documented answer at once. target | content type | body (hex) | status | message */
    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            /api/Echo                 | application/json; charset=nope-123 | 7b7d                       | 415 | The charset 'nope-123' of the request's Content-Type is not supported; send UTF-8.
            /api/Echo                 | application/json; charset=x@y      | 7b7d                       | 415 | The charset 'x@y' of the request's Content-Type is not supported; send UTF-8.
            /api/Alert?code=KEY       | application/json; charset=nope-123 | 7b7d                       | 415 | The charset 'nope-123' of the request's Content-Type is not supported; send UTF-8.
            /api/GitHubComment        | application/json; charset=nope-123 | 7b7d                       | 415 | The charset 'nope-123' of the request's Content-Type is not supported; send UTF-8.
            /api/SlackCommand         | 'application/x-www-form-urlencoded; charset=x@y' | 613d62     | 415 | The charset 'x@y' of the request's Content-Type is not supported; send UTF-8.
            /api/Echo                 | application/json                   | 5b312c325d                 | 400 | The request body does not fit this function: expected an object at the top level, found an array (line 1, column 1).
            /api/Echo                 | application/json                   | 7b2274657874223a2261227d2078797a | 400 | The request body is not valid JSON: Unrecognized token 'xyz': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') (line 1, column 14).
            /api/Echo                 | application/json                   | 7b2274657874223a22c0af227d | 400 | The request body is not valid UTF-8 (byte offset 9).
            /api/Echo                 | application/json                   | 7b2274657874223a22e080af227d | 400 | The request body is not valid UTF-8 (byte offset 9).
            """)
    void refusesWhatTheAttackBatterySent(String target, String contentType, String hex, int status, String message)
            throws Exception {
        String function = target.substring(5).split("\\?")[0];
        String key = server.app().secrets().keys(SecretStore.Scope.FUNCTION, function).get("default").orElseThrow().value();
        HttpExchange response = Transport.inMemory(server).send(Request.of("POST", target.replace("KEY", key))
                .header("Content-Type", contentType).body(HexFormat.of().parseHex(hex)));
        assertEquals(status, response.status(), response::text);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertEquals(message, body.has("error") ? body.get("error").asText() : body.get("Message").asText());
    }

    /** key | method | target | body sent | status | body expected */
    @ParameterizedTest(name = "{0} key: {1} {2} -> {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            function | GET  | /api/Hello?name=Ann | ''             | 200 | Hello, Ann
            host     | POST | /api/Hello          | '{"name":"Bo"}' | 200 | Hello, Bo
            function | POST | /api/Hello          | ''             | 400 | Please pass a name on the query string or in the request body
            function | GET  | /api/Stats          | ''             | 401 | ''
            master   | GET  | /api/Hello?name=Al  | ''             | 200 | Hello, Al
            """)
    void answersWithKeys(String key, String method, String target, String body, int status, String expected)
            throws Exception {
        SecretStore keys = server.app().secrets();
        String value = switch (key) {
            case "function" -> keys.keys(SecretStore.Scope.FUNCTION, "Hello").get("default").orElseThrow().value();
            case "host" -> keys.keys(SecretStore.Scope.HOST, null).get("default").orElseThrow().value();
            default -> keys.master().orElseThrow();
        };
        Request request = Request.of(method, target).header("x-functions-key", value);
        HttpExchange response = Transport.inMemory(server).send(body.isEmpty() ? request : request.body(body));
        assertEquals(status, response.status(), response::text);
        assertEquals(expected, response.text());
    }

    @Test
    void answersAGitHubIssueCommentAsTheSeedDoes() throws Exception {
        byte[] body = "{\"action\":\"created\",\"comment\":{\"body\":\"Looks good ✓\"}}".getBytes(StandardCharsets.UTF_8);
        String key = server.app().secrets().keys(SecretStore.Scope.FUNCTION, "GitHubComment").get("default")
                .orElseThrow().value();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        HttpExchange response = Transport.inMemory(server).send(Request.of("POST", "/api/GitHubComment")
                .header("Content-Type", "application/json").header("X-GitHub-Event", "issue_comment")
                .header("X-Hub-Signature-256", signature).body(body));
        assertEquals(200, response.status(), response::text);
        assertEquals("{\"body\":\"New GitHub comment: Looks good ✓\"}", response.text());
    }

    @Test
    void raisesAnAlertFromGenericJson() throws Exception {
        String key = server.app().secrets().keys(SecretStore.Scope.FUNCTION, "Alert").get("default").orElseThrow().value();
        HttpExchange response = Transport.inMemory(server).send(Request.of("POST", "/api/Alert?code=" + key)
                .header("Content-Type", "application/json").body("{\"severity\":\"high\"}"));
        assertEquals(200, response.status(), response::text);
        JsonNode json = new ObjectMapper().readTree(response.body());
        assertTrue(json.get("accepted").asBoolean());
        assertEquals("high", json.get("severity").asText());
    }

    @Test
    void answersASlackSlashCommand() throws Exception {
        String key = server.app().secrets().keys(SecretStore.Scope.FUNCTION, "SlackCommand").get("default").orElseThrow().value();
        HttpExchange response = Transport.inMemory(server).send(Request.of("POST", "/api/SlackCommand")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body("token=" + key + "&command=%2Fhello&text=world&user_name=ann"));
        assertEquals(200, response.status(), response::text);
        JsonNode json = new ObjectMapper().readTree(response.body());
        assertEquals("in_channel", json.get("response_type").asText());
        assertEquals("Hello ann, you said: world", json.get("text").asText());
    }

    @Test
    void statsAnswersTheMasterKey() throws Exception {
        HttpExchange response = Transport.inMemory(server).send(Request.of("GET", "/api/Stats")
                .header("x-functions-key", server.app().secrets().master().orElseThrow()));
        assertEquals(200, response.status());
        assertTrue(response.text().contains("\"uptimeMillis\""), response::text);
    }
}
