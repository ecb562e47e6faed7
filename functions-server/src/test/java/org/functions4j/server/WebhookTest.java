package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.functions4j.runtime.auth.SecretStore;
import org.functions4j.server.HttpExchange.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Webhook receivers in front of real functions, through the real server. */
class WebhookTest {
    private static FunctionsServer server;
    private static SecretStore keys;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.startTestFunctions();
        keys = server.app().secrets();
        keys.put(SecretStore.Scope.FUNCTION, "GitHubEcho", "ci", "FunctionCi_0123456789abcdef");
        keys.put(SecretStore.Scope.HOST, null, "ci", "HostCi_0123456789abcdef");
        keys.put(SecretStore.Scope.HOST, null, "ops", "HostOps_0123456789abcdef");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String defaultKey(String function) {
        return keys.keys(SecretStore.Scope.FUNCTION, function).get("default").orElseThrow().value();
    }

    /** Computed here, apart from the production code, as GitHub and Slack do. */
    private static String hmacSha256(String key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        StringBuilder hex = new StringBuilder();
        for (byte b : mac.doFinal(data)) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }

    private static HttpExchange send(Request request) throws Exception {
        return Transport.inMemory(server).send(request);
    }

    private static Request github(String target, byte[] body, String signingKey, String event) throws Exception {
        Request request = Request.of("POST", target).header("Content-Type", "application/json")
                .header("X-GitHub-Delivery", "72d3162e-cc78-11e3-81ab-4c9367dc0958").body(body);
        if (event != null) {
            request = request.header("X-GitHub-Event", event);
        }
        return signingKey == null ? request
                : request.header("X-Hub-Signature-256", "sha256=" + hmacSha256(signingKey, body));
    }

    @Test
    void theFunctionGetsExactlyTheBytesThatWereSigned() throws Exception {
        byte[] body = "{\"comment\":{\"body\":\"héllo ✓ 日本\"}}".getBytes(StandardCharsets.UTF_8);
        HttpExchange response = send(github("/api/githubecho", body, defaultKey("GitHubEcho"), "issue_comment"));
        assertEquals(200, response.status(), response::text);
        assertArrayEquals(body, response.body());
    }

    @Test
    void refusesABodyChangedByOneByte() throws Exception {
        byte[] body = "{\"action\":\"created\"}".getBytes(StandardCharsets.UTF_8);
        Request signed = github("/api/githubecho", body, defaultKey("GitHubEcho"), "push");
        byte[] changed = body.clone();
        changed[3] ^= 1;
        HttpExchange response = send(signed.body(changed));
        assertEquals(400, response.status());
        assertEquals("{\"Message\":\"The delivery's signature does not match the webhook's key.\"}", response.text());
    }

    /** signing key | how the key is chosen | status */
    @ParameterizedTest(name = "[{index}] {0} via {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            default-function | -                 | 200
            FunctionCi_0123456789abcdef | header ci | 200
            HostCi_0123456789abcdef     | header ci | 400
            FunctionCi_0123456789abcdef | query ci  | 200
            HostOps_0123456789abcdef    | query ops | 200
            HostOps_0123456789abcdef    | Query ops | 200
            HostOps_0123456789abcdef    | -         | 400
            default-host     | -                 | 400
            Unknown_0123456789abcdef    | header nobody | 400
            """)
    void choosesTheKeyByClientIdAFunctionKeyWinning(String signingKey, String via, int status) throws Exception {
        String key = switch (signingKey) {
            case "default-function" -> defaultKey("GitHubEcho");
            case "default-host" -> keys.keys(SecretStore.Scope.HOST, null).get("default").orElseThrow().value();
            default -> signingKey;
        };
        // "Query": the name spelled ClientId; query names ignore case in ASP.NET, so the key is chosen the same
        String target = via.startsWith("query ") ? "/api/githubecho?clientid=" + via.substring(6)
                : via.startsWith("Query ") ? "/api/githubecho?ClientId=" + via.substring(6) : "/api/githubecho";
        Request request = github(target, "{}".getBytes(StandardCharsets.UTF_8), key, "push");
        if (via.startsWith("header ")) {
            request = request.header("x-functions-clientid", via.substring(7));
        }
        assertEquals(status, send(request).status());
    }

    @Test
    void answersPingWithoutRunningTheFunction() throws Exception {
        HttpExchange response = send(github("/api/githubecho", "{\"zen\":\"Keep it logically awesome.\"}"
                .getBytes(StandardCharsets.UTF_8), defaultKey("GitHubEcho"), "ping"));
        assertEquals(200, response.status());
        assertEquals("{\"Message\":\"pong\"}", response.text(), "not the echo of the function");
    }

    /** problem | status */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            no signature  | 400
            no event      | 400
            GET           | 405
            host key code | 400
            """)
    void refusesGitHubDeliveriesThatFailTheCheck(String problem, int status) throws Exception {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        Request request = switch (problem) {
            case "no signature" -> github("/api/githubecho", body, null, "push");
            case "no event" -> github("/api/githubecho", body, defaultKey("GitHubEcho"), null);
            case "GET" -> Request.of("GET", "/api/githubecho");
            default -> github("/api/githubecho?code=" + keys.keys(SecretStore.Scope.HOST, null).get("default")
                    .orElseThrow().value(), body, null, "push");
        };
        HttpExchange response = send(request);
        assertEquals(status, response.status());
        if (status == 405) {
            assertEquals("POST", response.header("Allow"));
        }
        assertFalse(response.text().contains(defaultKey("GitHubEcho")));
    }

    @Test
    void theMasterKeySkipsTheReceiver() throws Exception {
        HttpExchange response = send(Request.of("POST", "/api/githubecho")
                .header("x-functions-key", keys.master().orElseThrow()).body("unsigned"));
        assertEquals(200, response.status());
        assertEquals("unsigned", response.text());
    }

    /** method | content type | code | body | status */
    @ParameterizedTest(name = "[{index}] {0} {1} {3} -> {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            POST | application/json | right | '{"event":"deploy"}' | 200
            POST | application/json | RIGHT | '{"event":"deploy"}' | 200
            GET  | application/json | right | ''                   | 405
            POST | application/json | wrong | '{"event":"deploy"}' | 400
            POST | application/json | none  | '{"event":"deploy"}' | 400
            POST | text/plain       | right | '{"event":"deploy"}' | 415
            POST | application/json | right | '{"event":'          | 400
            """)
    void checksGenericJsonDeliveries(String method, String contentType, String code, String body, int status)
            throws Exception {
        String query = switch (code) {
            case "right" -> "?code=" + defaultKey("JsonEcho");
            case "RIGHT" -> "?CODE=" + defaultKey("JsonEcho"); // query names ignore case, as in ASP.NET
            case "wrong" -> "?code=Wrong_0123456789abcdef";
            default -> "";
        };
        Request request = Request.of(method, "/api/jsonecho" + query).header("Content-Type", contentType);
        HttpExchange response = send(body.isEmpty() ? request : request.body(body));
        assertEquals(status, response.status(), response::text);
        if (status == 200) {
            assertEquals(body, response.text());
        }
    }

    /** how the request is authenticated | status */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            signed now          | 200
            signed 6 min ago    | 400
            signed wrong key    | 400
            legacy token        | 200
            legacy wrong token  | 400
            """)
    void checksSlackRequests(String how, int status) throws Exception {
        String key = defaultKey("SlackEcho");
        String form = "command=%2Fhello&text=caf%C3%A9&user_name=ann";
        Request request = Request.of("POST", "/api/slackecho").header("Content-Type", "application/x-www-form-urlencoded");
        if (how.startsWith("signed")) {
            long timestamp = Instant.now().getEpochSecond() - (how.contains("6 min") ? 360 : 0);
            String signingKey = how.contains("wrong") ? "Wrong_0123456789abcdef" : key;
            String signature = "v0=" + hmacSha256(signingKey, ("v0:" + timestamp + ":" + form).getBytes(StandardCharsets.UTF_8));
            request = request.header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                    .header("X-Slack-Signature", signature).body(form);
        } else {
            request = request.body("token=" + (how.contains("wrong") ? "Wrong_0123456789abcdef" : key) + "&" + form);
        }
        HttpExchange response = send(request);
        assertEquals(status, response.status(), response::text);
        if (status == 200) {
            assertEquals(request.body().length, response.body().length, "the function got the whole form");
        }
    }
}
