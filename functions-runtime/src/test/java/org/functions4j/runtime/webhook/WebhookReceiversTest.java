package org.functions4j.runtime.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.functions4j.api.WebHookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookReceiversTest {
    private static final String KEY = "WebhookKey_0123456789abcdef";
    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);
    private static final WebhookReceivers RECEIVERS = new WebhookReceivers(new ObjectMapper(),
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));

    /** HMAC computed here, apart from the production code, as a provider would. */
    private static String hmac(String algorithm, String key, String data) throws Exception {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
        StringBuilder hex = new StringBuilder();
        for (byte b : mac.doFinal(data.getBytes(StandardCharsets.UTF_8))) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }

    private static WebhookRequest post(Map<String, String> headers, Map<String, String> query, String body) {
        return new WebhookRequest("POST", headers, query, body.getBytes(StandardCharsets.UTF_8));
    }

    private static WebhookOutcome github(Map<String, String> headers, String body, String key) {
        return RECEIVERS.of(WebHookType.GITHUB).check(post(headers, Map.of(), body), key);
    }

    @Test
    void acceptsGitHubsPublishedTestVector() {
        // From GitHub's "Validating webhook deliveries" documentation.
        Map<String, String> headers = Map.of("x-github-event", "push", "x-hub-signature-256",
                "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");
        assertTrue(github(headers, "Hello, World!", "It's a Secret to Everybody").accepted());
    }

    /** body the signature is computed over | body delivered | signing key | header | accepted */
    @ParameterizedTest(name = "[{index}] {3} signed {0} with {2}, delivered {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            {"action":"created"}        | {"action":"created"}        | WebhookKey_0123456789abcdef | x-hub-signature-256 | true
            {"action":"created"}        | {"action":"created"}        | WebhookKey_0123456789abcdef | x-hub-signature     | true
            {"action":"created"}        | {"action":"createD"}        | WebhookKey_0123456789abcdef | x-hub-signature-256 | false
            {"action":"created"}        | '{"action":"created"} '     | WebhookKey_0123456789abcdef | x-hub-signature-256 | false
            {"action":"created"}        | {"action":"created"}        | AnotherKey_0123456789abcdef | x-hub-signature-256 | false
            {"action":"created"}        | {"action":"created"}        | AnotherKey_0123456789abcdef | x-hub-signature     | false
            {"comment":"héllo ✓ 日本"}   | {"comment":"héllo ✓ 日本"}   | WebhookKey_0123456789abcdef | x-hub-signature-256 | true
            {"comment":"héllo ✓ 日本"}   | {"comment":"hèllo ✓ 日本"}   | WebhookKey_0123456789abcdef | x-hub-signature-256 | false
            """)
    void checksGitHubSignaturesOverTheRawBytes(String signed, String delivered, String signingKey, String header,
                                               boolean accepted) throws Exception {
        String signature = header.endsWith("256") ? "sha256=" + hmac("HmacSHA256", signingKey, signed)
                : "sha1=" + hmac("HmacSHA1", signingKey, signed);
        WebhookOutcome outcome = github(Map.of("x-github-event", "issue_comment", header, signature), delivered, KEY);
        assertEquals(accepted, outcome.accepted(), outcome::message);
        if (!accepted) {
            assertEquals(400, outcome.status());
            assertFalse(outcome.message().contains(signature.substring(signature.indexOf('=') + 1, 20)));
            assertFalse(outcome.message().contains(KEY));
        }
    }

    @Test
    void prefersTheSha256SignatureWhenBothAreSent() throws Exception {
        String body = "{}";
        Map<String, String> headers = Map.of("x-github-event", "push",
                "x-hub-signature-256", "sha256=" + hmac("HmacSHA256", "Wrong_0123456789abcdef", body),
                "x-hub-signature", "sha1=" + hmac("HmacSHA1", KEY, body));
        assertFalse(github(headers, body, KEY).accepted(), "a valid SHA-1 does not rescue a wrong SHA-256");
    }

    /** headers given (beyond a valid signature) | status | message */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            no signature      | 400 | The delivery has no X-Hub-Signature-256 or X-Hub-Signature header.
            no event          | 400 | The delivery has no X-GitHub-Event header.
            ping              | 200 | pong
            no key            | 400 | The delivery's signature does not match the webhook's key.
            """)
    void answersGitHubDeliveriesItDoesNotPass(String situation, int status, String message) throws Exception {
        String body = "{\"zen\":\"Design for failure.\"}";
        Map<String, String> headers = new HashMap<>();
        if (!situation.equals("no signature")) {
            headers.put("x-hub-signature-256", "sha256=" + hmac("HmacSHA256", KEY, body));
        }
        if (!situation.equals("no event")) {
            headers.put("x-github-event", situation.equals("ping") ? "ping" : "push");
        }
        WebhookOutcome outcome = github(headers, body, situation.equals("no key") ? null : KEY);
        assertEquals(status, outcome.status());
        assertEquals(message, outcome.message());
    }

    @Test
    void acceptsSlacksPublishedTestVector() {
        // From Slack's "Verifying requests from Slack" documentation.
        String body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
                + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        WebhookReceivers atThatTime = new WebhookReceivers(new ObjectMapper(),
                Clock.fixed(Instant.ofEpochSecond(1531420618L + 60), ZoneOffset.UTC), Duration.ofMinutes(5));
        WebhookOutcome outcome = atThatTime.of(WebHookType.SLACK).check(post(Map.of(
                "x-slack-request-timestamp", "1531420618",
                "x-slack-signature", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"),
                Map.of(), body), "8f742231b10e8888abcd99yyyzzz85a5");
        assertTrue(outcome.accepted(), outcome::message);
    }

    /** seconds from now of the timestamp | signing key | body delivered | accepted */
    @ParameterizedTest(name = "[{index}] {0}s, {1}, {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            0     | WebhookKey_0123456789abcdef | text=hi              | true
            -299  | WebhookKey_0123456789abcdef | text=hi              | true
            299   | WebhookKey_0123456789abcdef | text=hi              | true
            -301  | WebhookKey_0123456789abcdef | text=hi              | false
            301   | WebhookKey_0123456789abcdef | text=hi              | false
            0     | AnotherKey_0123456789abcdef | text=hi              | false
            0     | WebhookKey_0123456789abcdef | text=hI              | false
            0     | WebhookKey_0123456789abcdef | text=%C3%A9t%C3%A9 ✓  | true
            """)
    void checksSlackSignaturesAndTheReplayWindow(long offset, String signingKey, String delivered, boolean accepted)
            throws Exception {
        String timestamp = String.valueOf(NOW.getEpochSecond() + offset);
        String signed = delivered.equals("text=hI") ? "text=hi" : delivered;
        String signature = "v0=" + hmac("HmacSHA256", signingKey, "v0:" + timestamp + ":" + signed);
        WebhookOutcome outcome = RECEIVERS.of(WebHookType.SLACK).check(post(Map.of(
                "x-slack-request-timestamp", timestamp, "x-slack-signature", signature), Map.of(), delivered), KEY);
        assertEquals(accepted, outcome.accepted(), outcome::message);
        if (!accepted) {
            assertEquals(400, outcome.status());
        }
    }

    /** body | accepted */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            token=WebhookKey_0123456789abcdef&text=hi               | true
            text=hi&token=WebhookKey_0123456789abcdef               | true
            token=WebhookKey_0123456789abcdeF&text=hi               | false
            token=&text=hi                                          | false
            text=hi                                                 | false
            ''                                                      | false
            """)
    void checksTheLegacySlackToken(String body, boolean accepted) {
        WebhookOutcome outcome = RECEIVERS.of(WebHookType.SLACK).check(post(Map.of(), Map.of(), body), KEY);
        assertEquals(accepted, outcome.accepted(), outcome::message);
    }

    @Test
    void refusesASlackRequestWithoutAUsableTimestamp() throws Exception {
        for (String timestamp : new String[] {null, "", "soon"}) {
            Map<String, String> headers = new HashMap<>(Map.of("x-slack-signature", "v0=" + hmac("HmacSHA256", KEY, "v0::x")));
            if (timestamp != null) {
                headers.put("x-slack-request-timestamp", timestamp);
            }
            WebhookOutcome outcome = RECEIVERS.of(WebHookType.SLACK).check(post(headers, Map.of(), "x"), KEY);
            assertEquals(400, outcome.status());
        }
    }

    /** method | content type | code | body | status (0 = accepted) */
    @ParameterizedTest(name = "[{index}] {0} {1} {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            POST | application/json                | WebhookKey_0123456789abcdef | {"a":1}    | 0
            POST | application/json; charset=utf-8 | WebhookKey_0123456789abcdef | [1,2]      | 0
            POST | application/vnd.api+json        | WebhookKey_0123456789abcdef | {}         | 0
            GET  | application/json                | WebhookKey_0123456789abcdef | {"a":1}    | 405
            PUT  | application/json                | WebhookKey_0123456789abcdef | {"a":1}    | 405
            POST | application/json                | AnotherKey_0123456789abcdef | {"a":1}    | 400
            POST | application/json                | ''                          | {"a":1}    | 400
            POST | text/plain                      | WebhookKey_0123456789abcdef | {"a":1}    | 415
            POST | ''                              | WebhookKey_0123456789abcdef | {"a":1}    | 415
            POST | application/json                | WebhookKey_0123456789abcdef | '{"a":'    | 400
            POST | application/json                | WebhookKey_0123456789abcdef | ''         | 400
            """)
    void checksGenericJsonDeliveries(String method, String contentType, String code, String body, int status) {
        Map<String, String> headers = contentType.isEmpty() ? Map.of() : Map.of("content-type", contentType);
        Map<String, String> query = code.isEmpty() ? Map.of() : Map.of("code", code);
        WebhookOutcome outcome = RECEIVERS.of(WebHookType.GENERIC_JSON).check(
                new WebhookRequest(method, headers, query, body.getBytes(StandardCharsets.UTF_8)), KEY);
        assertEquals(status, outcome.status(), outcome::message);
        if (status == 405) {
            assertEquals("POST", outcome.allow());
        }
    }
}
