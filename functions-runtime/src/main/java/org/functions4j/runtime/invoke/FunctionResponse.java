package org.functions4j.runtime.invoke;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatusType;

/** The {@link HttpResponseMessage} functions build; header names are matched ignoring case. */
final class FunctionResponse implements HttpResponseMessage {
    private final HttpStatusType status;
    private final Map<String, String> headers;
    private final Object body;

    private FunctionResponse(HttpStatusType status, Map<String, String> headers, Object body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    @Override
    public HttpStatusType getStatus() {
        return status;
    }

    @Override
    public String getHeader(String key) {
        return headers.get(key);
    }

    Map<String, String> headers() {
        return headers;
    }

    @Override
    public Object getBody() {
        return body;
    }

    /** The builder behind {@code createResponseBuilder}. */
    static final class Builder implements HttpResponseMessage.Builder {
        private HttpStatusType status;
        private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private Object body;

        Builder(HttpStatusType status) {
            this.status = status(status, "status");
        }

        @Override
        public Builder status(HttpStatusType status) {
            this.status = status(status, "status");
            return this;
        }

        @Override
        public Builder header(String key, String value) {
            if (key == null || value == null) {
                throw new IllegalArgumentException("a header needs a name and a value");
            }
            headers.put(key, value);
            return this;
        }

        @Override
        public Builder body(Object body) {
            this.body = body;
            return this;
        }

        @Override
        public HttpResponseMessage build() {
            Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            copy.putAll(headers);
            return new FunctionResponse(status, Collections.unmodifiableMap(copy), body);
        }

        private static HttpStatusType status(HttpStatusType status, String what) {
            if (status == null || status.value() < 100 || status.value() > 999) {
                throw new IllegalArgumentException("the response " + what + " must be a status code from 100 to 999");
            }
            return status;
        }
    }
}
