package org.functions4j.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.functions4j.test.fixtures.KitFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kit in memory; {@link SocketKitTest} runs the same tests over a socket. */
@FunctionsTest(packages = "org.functions4j.test.fixtures")
class InMemoryKitTest {
    @Test
    void callsAnAnonymousFunction(FunctionsClient client) {
        client.get("/api/hello/Ann").send().assertStatus(200).assertText("Hello, Ann").assertHeader("X-Greeted", "Ann");
    }

    /** who | status of Keyed (function level) | status of AdminOnly */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            anonymous | 401 | 401
            wrong     | 401 | 401
            function  | 200 | 401
            host      | 200 | 401
            master    | 200 | 200
            query     | 200 | 401
            """)
    void choosesTheKey(String who, int keyed, int admin, FunctionsClient client) {
        for (String[] call : new String[][] {{"Keyed", String.valueOf(keyed)}, {"AdminOnly", String.valueOf(admin)}}) {
            TestRequest request = client.get("/api/" + call[0]);
            switch (who) {
                case "wrong" -> request.withKey("not-a-key");
                case "function" -> request.asFunction(call[0]);
                case "host" -> request.asHost();
                case "master" -> request.asMaster();
                case "query" -> request.asFunction(call[0]).keyInQuery();
                default -> request.anonymous();
            }
            request.send().assertStatus(Integer.parseInt(call[1]));
        }
    }

    @Test
    void sendsAndReadsJson(FunctionsClient client) {
        KitFunctions.Item item = new KitFunctions.Item();
        item.name = "pen";
        item.count = 1;
        TestResponse response = client.post("/api/Echo").json(item).send().assertStatus(200);
        assertEquals(2, response.as(KitFunctions.Item.class).count);
        assertEquals("pen", response.json().get("name").asText());
    }

    @Test
    void signsGitHubAndSlackDeliveriesWithTheFunctionsKey(FunctionsClient client) {
        client.post("/api/Pushed").body("{\"ref\":\"main\"}").signedByGitHub("Pushed", "push").send()
                .assertStatus(200).assertText("pushed 14");
        client.post("/api/Pushed").body("{\"ref\":\"main\"}").header("X-GitHub-Event", "push").send().assertStatus(400);
        client.post("/api/Command").body("text=hi").header("Content-Type", "application/x-www-form-urlencoded")
                .signedBySlack("Command").send().assertStatus(200).assertText("ran text=hi");
    }

    @Test
    void aFailureShowsTheRequestTheResponseTheInvocationAndItsLog(FunctionsClient client) {
        TestResponse response = client.get("/api/Fails").asMaster().send();
        assertEquals(500, response.status());
        String id = response.invocationId();
        assertNotNull(id);
        AssertionError failure = assertThrows(AssertionError.class, () -> response.assertStatus(200));
        String message = failure.getMessage();
        assertTrue(message.startsWith("Expected status 200 but was 500\nRequest: GET /api/Fails"), message);
        assertTrue(message.contains("x-functions-key: ***"), message);
        assertFalse(message.contains(client.masterKey()), "a key never appears in a message");
        assertTrue(message.contains("Invocation: " + id), message);
        if (response.function() != null) { // in memory; over a socket only the id travels
            assertTrue(message.contains("Invocation: " + id + " of function 'Fails'"), message);
        }
        assertTrue(message.contains("about to fail"), "the function's own log line: " + message);
        assertTrue(message.contains("Function 'Fails' failed"), "the runtime's log line: " + message);
        assertTrue(response.log().stream().anyMatch(line -> line.contains("about to fail")), response.log()::toString);
    }

    @Test
    @HostJson("{\"version\": \"2.0\", \"extensions\": {\"http\": {\"routePrefix\": \"v2\"}}}")
    void aMethodMayHaveItsOwnHostJson(FunctionsClient client) {
        client.get("/v2/hello/Bo").send().assertStatus(200);
        client.get("/api/hello/Bo").send().assertStatus(404);
    }

    @Test
    void aTargetIsAPath(FunctionsClient client) {
        assertThrows(IllegalArgumentException.class, () -> client.get("api/hello/x"));
    }
}
