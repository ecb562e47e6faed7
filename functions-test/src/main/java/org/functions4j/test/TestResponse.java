package org.functions4j.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The answer to a {@link TestRequest}. Its assertions fail with the whole story: the request (keys
 * masked), the response, the invocation id and the function's log lines.
 */
public final class TestResponse {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final int SHOWN = 2_000;

    private final ServedApp app;
    private final TestRequest request;
    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;
    private final String invocationId;
    private final String function;

    TestResponse(ServedApp app, TestRequest request, int status, Map<String, String> headers, byte[] body,
                 String invocationId, String function) {
        this.app = app;
        this.request = request;
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.body = body == null ? new byte[0] : body;
        this.invocationId = invocationId;
        this.function = function;
    }

    /** The function that ran (known in memory; null over a socket, or when no function ran). */
    public String function() {
        return function;
    }

    public int status() {
        return status;
    }

    /** A header's value (name ignoring case; a repeated header's values joined with ", "), or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** Every header, names in lower case. */
    public Map<String, String> headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as a JSON tree; fails the test when it is not JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("The body is not JSON: " + e.getMessage() + "\n" + describe());
        }
    }

    /** The body read as JSON into a type; fails the test when it does not fit. */
    public <T> T as(Class<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (IOException e) {
            throw new AssertionError("The body does not fit " + type.getSimpleName() + ": " + e.getMessage() + "\n"
                    + describe());
        }
    }

    /**
     * The invocation this request became: known in memory for every function call; over a socket
     * only when the answer carries it (the error contract's {@code invocationId}).
     */
    public String invocationId() {
        if (invocationId != null) {
            return invocationId;
        }
        if (header("content-type") != null && header("content-type").startsWith("application/json")) {
            try {
                JsonNode id = JSON.readTree(body).get("invocationId");
                return id != null && id.isTextual() ? id.asText() : null;
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    /** The log lines of this invocation: the function's {@code context.getLogger()} lines and the runtime's. */
    public List<String> log() {
        return app.logOf(invocationId());
    }

    /** Fails unless the status is this one. */
    public TestResponse assertStatus(int expected) {
        if (status != expected) {
            throw new AssertionError("Expected status " + expected + " but was " + status + "\n" + describe());
        }
        return this;
    }

    /** Fails unless the body is this text. */
    public TestResponse assertText(String expected) {
        if (!text().equals(expected)) {
            throw new AssertionError("Expected the body \"" + expected + "\"\n" + describe());
        }
        return this;
    }

    /** Fails unless the header has this value. */
    public TestResponse assertHeader(String name, String expected) {
        if (!expected.equals(header(name))) {
            throw new AssertionError("Expected header " + name + ": " + expected + "\n" + describe());
        }
        return this;
    }

    /** The request and the response, for a failure message. */
    public String describe() {
        StringBuilder text = new StringBuilder("Request: ").append(request.describe())
                .append("\nResponse: ").append(status);
        headers.forEach((name, value) -> text.append("\n  ").append(name).append(": ").append(value));
        if (body.length > 0) {
            text.append("\n  ").append(shortText(body));
        }
        String id = invocationId();
        if (id != null) {
            text.append("\nInvocation: ").append(id).append(function == null ? "" : " of function '" + function + "'");
            List<String> lines = log();
            if (!lines.isEmpty()) {
                text.append("\nLog:");
                lines.forEach(line -> text.append("\n  ").append(line));
            }
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return describe();
    }

    static String shortText(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "... (" + bytes.length + " bytes)";
    }
}
