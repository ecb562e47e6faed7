package org.functions4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import org.functions4j.test.FunctionsClient;
import org.functions4j.test.FunctionsTest;
import org.functions4j.test.TestRequest;
import org.functions4j.test.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The examples, found by scanning as the server finds them, answering what the README promises (the test kit). */
@FunctionsTest(packages = "org.functions4j.examples")
class ExamplesTest {
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
    void answersAsDocumented(String method, String target, String body, int status, String expected,
                             FunctionsClient client) {
        TestRequest request = client.call(method, target);
        (body.isEmpty() ? request : request.body(body)).send().assertStatus(status).assertText(expected);
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
    void refusesWhatTheAttackBatterySent(String target, String contentType, String hex, int status, String message,
                                         FunctionsClient client) {
        String function = target.substring(5).split("\\?")[0];
        JsonNode body = client.post(target.replace("KEY", client.functionKey(function)))
                .header("Content-Type", contentType).body(HexFormat.of().parseHex(hex)).send().assertStatus(status).json();
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
    void answersWithKeys(String key, String method, String target, String body, int status, String expected,
                         FunctionsClient client) {
        TestRequest request = client.call(method, target);
        switch (key) {
            case "function" -> request.asFunction("Hello");
            case "host" -> request.asHost();
            default -> request.asMaster();
        }
        (body.isEmpty() ? request : request.body(body)).send().assertStatus(status).assertText(expected);
    }

    @Test
    void answersAGitHubIssueCommentAsTheSeedDoes(FunctionsClient client) {
        client.post("/api/GitHubComment").header("Content-Type", "application/json")
                .body("{\"action\":\"created\",\"comment\":{\"body\":\"Looks good ✓\"}}")
                .signedByGitHub("GitHubComment", "issue_comment").send()
                .assertStatus(200).assertText("{\"body\":\"New GitHub comment: Looks good ✓\"}");
    }

    @Test
    void raisesAnAlertFromGenericJson(FunctionsClient client) {
        JsonNode json = client.post("/api/Alert").asFunction("Alert").keyInQuery()
                .header("Content-Type", "application/json").body("{\"severity\":\"high\"}").send().assertStatus(200).json();
        assertTrue(json.get("accepted").asBoolean());
        assertEquals("high", json.get("severity").asText());
    }

    @Test
    void answersASlackSlashCommand(FunctionsClient client) {
        JsonNode json = client.post("/api/SlackCommand").header("Content-Type", "application/x-www-form-urlencoded")
                .body("token=" + client.functionKey("SlackCommand") + "&command=%2Fhello&text=world&user_name=ann")
                .send().assertStatus(200).json();
        assertEquals("in_channel", json.get("response_type").asText());
        assertEquals("Hello ann, you said: world", json.get("text").asText());
    }

    @Test
    void statsAnswersTheMasterKey(FunctionsClient client) {
        TestResponse response = client.get("/api/Stats").asMaster().send().assertStatus(200);
        assertTrue(response.text().contains("\"uptimeMillis\""), response::describe);
    }

    @Test
    void answersASlackSlashCommandSignedAsSlackSignsIt(FunctionsClient client) {
        client.post("/api/SlackCommand").header("Content-Type", "application/x-www-form-urlencoded")
                .body("command=%2Fhello&text=world&user_name=ann").signedBySlack("SlackCommand").send()
                .assertStatus(200);
    }
}
