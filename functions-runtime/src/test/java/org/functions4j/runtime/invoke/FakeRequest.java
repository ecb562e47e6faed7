package org.functions4j.runtime.invoke;

import java.util.Map;

/**
 * A request for tests of the invocation layer, without a servlet.
 *
 * @param headers headers with lower-case names
 */
public record FakeRequest(Map<String, String> headers) implements RequestData {
    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String url() {
        return "http://localhost/api/test";
    }

    @Override
    public Map<String, String> queryParameters() {
        return Map.of();
    }

    @Override
    public String contentType() {
        return null;
    }

    @Override
    public byte[] body() {
        return null;
    }
}
