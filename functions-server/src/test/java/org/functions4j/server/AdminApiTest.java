package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.functions4j.runtime.auth.SecretStore;
import org.functions4j.server.HttpExchange.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The admin keys API through the real server. */
class AdminApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FunctionsServer server;
    private String master;

    @BeforeEach
    void start() throws Exception {
        server = TestServers.startTestFunctions();
        master = server.app().secrets().master().orElseThrow();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpExchange admin(String method, String path, String body) throws Exception {
        return as(master, method, path, body);
    }

    private HttpExchange as(String key, String method, String path, String body) throws Exception {
        Request request = Request.of(method, path);
        if (key != null) {
            request = request.header("x-functions-key", key);
        }
        return Transport.inMemory(server).send(body == null ? request : request.body(body));
    }

    private int call(String path, String key) throws Exception {
        return as(key, "GET", path, null).status();
    }

    private static JsonNode json(HttpExchange exchange) throws Exception {
        return JSON.readTree(exchange.body());
    }

    private SecretStore reopened() {
        return SecretStore.open(server.app().secrets().directory(), null);
    }

    @Test
    void onlyTheMasterKeyMayUseIt() throws Exception {
        SecretStore store = server.app().secrets();
        String host = store.keys(SecretStore.Scope.HOST, null).get("default").orElseThrow().value();
        String function = store.keys(SecretStore.Scope.FUNCTION, "Secured").get("default").orElseThrow().value();
        for (String path : new String[] {"/admin/functions/Secured/keys", "/admin/host/keys", "/admin/host/systemkeys",
                "/admin/host/keys/_master"}) {
            assertEquals(401, call(path, null), path);
            assertEquals(401, call(path, "Wrong_0123456789abcdef"), path);
            assertEquals(403, call(path, host), path);
            assertEquals(403, call(path, function), path);
            assertEquals(200, call(path, master), path);
        }
        assertEquals(401, as(null, "POST", "/admin/host/keys/x", null).status());
        assertEquals(0, as(host, "DELETE", "/admin/host/keys/default", null).body().length);
        assertTrue(store.keys(SecretStore.Scope.HOST, null).get("default").isPresent(), "a 403 changes nothing");
    }

    @Test
    void listsAFunctionsKeysWithASelfLink() throws Exception {
        HttpExchange response = admin("GET", "/admin/functions/secured/keys", null);
        assertEquals(200, response.status());
        JsonNode body = json(response);
        assertEquals("default", body.get("keys").get(0).get("name").asText());
        assertEquals(server.app().secrets().keys(SecretStore.Scope.FUNCTION, "Secured").get("default").orElseThrow().value(),
                body.get("keys").get(0).get("value").asText());
        assertEquals("self", body.get("links").get(0).get("rel").asText());
        assertEquals("http://localhost/admin/functions/secured/keys", body.get("links").get(0).get("href").asText());
    }

    @Test
    void generatesReplacesAndDeletesAFunctionKey() throws Exception {
        HttpExchange created = admin("POST", "/admin/functions/Secured/keys/ci", null);
        assertEquals(201, created.status());
        assertEquals("http://localhost/admin/functions/Secured/keys/ci", created.header("Location"));
        String first = json(created).get("value").asText();
        assertTrue(first.matches("[A-Za-z0-9_-]{54}"), first);
        assertTrue(reopened().keys(SecretStore.Scope.FUNCTION, "Secured").get("ci").isPresent(), "on disk before the answer");
        assertEquals(200, call("/api/secured", first));

        HttpExchange replaced = admin("POST", "/admin/functions/Secured/keys/ci", null);
        assertEquals(200, replaced.status());
        String second = json(replaced).get("value").asText();
        assertNotEquals(first, second);
        assertEquals(401, call("/api/secured", first), "the old value is gone");
        assertEquals(200, call("/api/secured", second));

        HttpExchange got = admin("GET", "/admin/functions/Secured/keys/CI", null);
        assertEquals(200, got.status());
        assertEquals("ci", json(got).get("name").asText());
        assertEquals(second, json(got).get("value").asText());

        assertEquals(204, admin("DELETE", "/admin/functions/Secured/keys/ci", null).status());
        assertEquals(401, call("/api/secured", second));
        assertEquals(404, admin("GET", "/admin/functions/Secured/keys/ci", null).status());
        assertEquals(404, admin("DELETE", "/admin/functions/Secured/keys/ci", null).status());
        assertTrue(reopened().keys(SecretStore.Scope.FUNCTION, "Secured").get("ci").isEmpty());
    }

    @Test
    void setsAGivenValue() throws Exception {
        HttpExchange created = admin("PUT", "/admin/functions/Secured/keys/mine", "{\"name\":\"mine\",\"value\":\"MyOwnValue_0123456789\"}");
        assertEquals(201, created.status());
        assertEquals("MyOwnValue_0123456789", json(created).get("value").asText());
        assertEquals(200, call("/api/secured", "MyOwnValue_0123456789"));
        assertEquals(200, admin("PUT", "/admin/functions/Secured/keys/mine", "{\"value\":\"MyOtherValue_0123456789\"}").status());
        assertEquals(401, call("/api/secured", "MyOwnValue_0123456789"));
    }

    /** body sent with PUT | the 400 message */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ''                                      | Send the key as {"value": "..."}.
            '{}'                                    | Send the key as {"value": "..."}.
            '{"value": ""}'                         | The key value must not be empty.
            '{"value": "short"}'                    | The key value must be 16 to 256 URL-safe characters
            '{"value": "has spaces 0123456789abc"}' | The key value must be 16 to 256 URL-safe characters
            '{"value": "plus+slash/0123456789abc"}' | The key value must be 16 to 256 URL-safe characters
            '{"value": 12345678901234567890}'       | The key value must not be empty.
            'not json'                              | The body is not valid JSON
            """)
    void refusesAnInvalidValue(String body, String message) throws Exception {
        HttpExchange response = admin("PUT", "/admin/host/keys/bad", body.isEmpty() ? null : body);
        assertEquals(400, response.status());
        assertTrue(json(response).get("error").asText().startsWith(message), response::text);
        assertTrue(server.app().secrets().keys(SecretStore.Scope.HOST, null).get("bad").isEmpty());
    }

    @Test
    void managesHostAndSystemKeys() throws Exception {
        HttpExchange host = admin("POST", "/admin/host/keys/ops", null);
        assertEquals(201, host.status());
        String value = json(host).get("value").asText();
        assertEquals(200, call("/api/secured", value), "a host key opens every function");
        assertEquals(200, call("/api/request/x?code=" + value, null));
        assertEquals(201, admin("PUT", "/admin/host/systemkeys/ext", "{\"value\":\"SystemValue_0123456789\"}").status());
        JsonNode list = json(admin("GET", "/admin/host/systemkeys", null));
        assertEquals("ext", list.get("keys").get(0).get("name").asText());
        assertEquals(401, call("/api/secured", "SystemValue_0123456789"), "a system key does not call functions");
        assertEquals(204, admin("DELETE", "/admin/host/keys/ops", null).status());
        assertEquals(401, call("/api/secured", value));
    }

    @Test
    void rollsTheMasterKeyButNeverDeletesIt() throws Exception {
        HttpExchange current = admin("GET", "/admin/host/keys/_master", null);
        assertEquals(master, json(current).get("value").asText());
        HttpExchange rolled = admin("POST", "/admin/host/keys/_master", null);
        assertEquals(200, rolled.status());
        String newMaster = json(rolled).get("value").asText();
        assertNotEquals(master, newMaster);
        assertEquals(401, call("/admin/host/keys", master), "the old master key is gone");
        assertEquals(200, call("/admin/host/keys", newMaster));
        assertEquals(newMaster, reopened().master().orElseThrow());
        HttpExchange delete = as(newMaster, "DELETE", "/admin/host/keys/_master", null);
        assertEquals(400, delete.status());
        assertTrue(json(delete).get("error").asText().contains("cannot be deleted"));
        assertEquals(400, as(newMaster, "PUT", "/admin/functions/Secured/keys/_master", "{\"value\":\"x123456789012345678\"}").status());
    }

    /** method | path | status */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /admin/functions/NoSuchFunction/keys     | 404
            GET    | /admin/functions/NoSuchFunction/keys/x   | 404
            POST   | /admin/functions/NoSuchFunction/keys/x   | 404
            GET    | /admin/host/keys/missing                 | 404
            GET    | /admin/functions/Secured/keys/a/b        | 404
            GET    | /admin/whatever                          | 404
            GET    | /admin                                   | 404
            POST   | /admin/host/keys                         | 405
            PATCH  | /admin/host/keys/x                       | 405
            PUT    | /admin/host/keys/bad%20name              | 400
            """)
    void answersWhatItDoesNotKnow(String method, String path, int status) throws Exception {
        assertEquals(status, admin(method, path, null).status());
    }

    @Test
    void adminRoutesAreNeverUnderTheRoutePrefix() throws Exception {
        assertEquals(404, call("/api/admin/host/keys", master));
    }

    @Test
    void refusesAnOversizedBody() throws Exception {
        String body = "{\"value\":\"" + "a".repeat(70_000) + "\"}";
        assertEquals(413, admin("PUT", "/admin/host/keys/big", body).status());
    }
}
