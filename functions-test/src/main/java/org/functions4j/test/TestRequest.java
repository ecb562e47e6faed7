package org.functions4j.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.functions4j.runtime.auth.SecretStore;

/**
 * A request to the app under test, built fluently and sent with {@link #send()}. Anonymous unless
 * a key is chosen: {@link #asFunction}, {@link #asHost}, {@link #asMaster} or {@link #withKey}.
 */
public final class TestRequest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final ServedApp app;
    private final String method;
    private String target;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private byte[] body;
    private String key;
    private boolean keyInQuery;

    TestRequest(ServedApp app, String method, String target) {
        this.app = app;
        this.method = method;
        this.target = target;
    }

    /** Adds a header (a repeated name is sent twice). */
    public TestRequest header(String name, String value) {
        headers.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
        return this;
    }

    /** A text body, sent as UTF-8 ({@code text/plain} unless a Content-Type is set). */
    public TestRequest body(String text) {
        return body(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
    }

    /** A body of bytes as they are, with no Content-Type unless the test sets one. */
    public TestRequest body(byte[] bytes) {
        this.body = bytes;
        return this;
    }

    /** An object written as JSON with Jackson ({@code application/json}). */
    public TestRequest json(Object value) {
        try {
            return body(JSON.writeValueAsBytes(value), "application/json");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    private TestRequest body(byte[] bytes, String contentType) {
        this.body = bytes;
        if (header("Content-Type") == null) {
            header("Content-Type", contentType);
        }
        return this;
    }

    /** With the function's {@code default} key. */
    public TestRequest asFunction(String function) {
        return withKey(app.defaultKey(SecretStore.Scope.FUNCTION, function));
    }

    /** With the host key {@code default} (any function but admin ones). */
    public TestRequest asHost() {
        return withKey(app.defaultKey(SecretStore.Scope.HOST, null));
    }

    /** With the master key (everything, the admin API included). */
    public TestRequest asMaster() {
        return withKey(app.masterKey());
    }

    /** With this key (a wrong one, to test a 401). */
    public TestRequest withKey(String value) {
        this.key = value;
        return this;
    }

    /** Without a key (the default). */
    public TestRequest anonymous() {
        this.key = null;
        return this;
    }

    /** Sends the key as {@code ?code=} instead of the {@code x-functions-key} header. */
    public TestRequest keyInQuery() {
        this.keyInQuery = true;
        return this;
    }

    /**
     * Signs the body as GitHub signs a delivery to a webhook function ({@code X-Hub-Signature-256}
     * and {@code X-Hub-Signature}, with the function's {@code default} key) and names the event.
     */
    public TestRequest signedByGitHub(String function, String event) {
        String secret = webhookKey(function);
        byte[] payload = body == null ? new byte[0] : body;
        return header("X-GitHub-Event", event)
                .header("X-Hub-Signature-256", Signing.hmac("HmacSHA256", "sha256=", secret, payload))
                .header("X-Hub-Signature", Signing.hmac("HmacSHA1", "sha1=", secret, payload));
    }

    /** Signs the body as Slack signs a request ({@code X-Slack-Signature}, now as its timestamp). */
    public TestRequest signedBySlack(String function) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        byte[] payload = body == null ? new byte[0] : body;
        return header("X-Slack-Request-Timestamp", timestamp).header("X-Slack-Signature", Signing.hmac("HmacSHA256",
                "v0=", webhookKey(function), ("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8), payload));
    }

    private String webhookKey(String function) {
        return app.secrets().webhookKey(function, "default")
                .orElseThrow(() -> new IllegalStateException("function '" + function + "' has no default key"));
    }

    /** Sends the request through the app and returns its answer. */
    public TestResponse send() {
        try {
            return app.send(this);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot send " + describe(), e);
        }
    }

    String method() {
        return method;
    }

    /** The target with the key in the query when asked for. */
    String target() {
        if (key == null || !keyInQuery) {
            return target;
        }
        return target + (target.contains("?") ? "&" : "?") + "code="
                + java.net.URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    List<Map.Entry<String, String>> headers() {
        List<Map.Entry<String, String>> all = new ArrayList<>(headers);
        if (key != null && !keyInQuery) {
            all.add(new AbstractMap.SimpleImmutableEntry<>("x-functions-key", key));
        }
        return all;
    }

    byte[] body() {
        return body;
    }

    private String header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }

    /** The request for a failure message: keys never shown. */
    String describe() {
        StringBuilder text = new StringBuilder(method).append(' ').append(target);
        if (key != null) {
            text.append(keyInQuery ? (target.contains("?") ? "&" : "?") + "code=***" : "");
        }
        for (Map.Entry<String, String> header : headers()) {
            text.append("\n  ").append(header.getKey()).append(": ")
                    .append(header.getKey().equalsIgnoreCase("x-functions-key") ? "***" : header.getValue());
        }
        if (body != null) {
            text.append("\n  ").append(TestResponse.shortText(body));
        }
        return text.toString();
    }
}
