/*
 * The shape of the response mock that Microsoft's Maven archetype for Azure Functions
 * (microsoft/azure-maven-archetypes, azure-functions-archetype, MIT licence) puts into every new
 * project; written here to prove that such a mock compiles against this API after changing imports.
 */
package org.functions4j.examples;

import java.util.HashMap;
import java.util.Map;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatus;
import org.functions4j.api.HttpStatusType;

/** A hand-written {@link HttpResponseMessage}, as Azure projects carry in their tests. */
public class HttpResponseMessageMock implements HttpResponseMessage {
    private final int httpStatusCode;
    private final HttpStatusType httpStatus;
    private final Object body;
    private final Map<String, String> headers;

    public HttpResponseMessageMock(HttpStatusType status, Map<String, String> headers, Object body) {
        this.httpStatus = status;
        this.httpStatusCode = status.value();
        this.headers = headers;
        this.body = body;
    }

    @Override
    public HttpStatusType getStatus() {
        return this.httpStatus;
    }

    @Override
    public int getStatusCode() {
        return httpStatusCode;
    }

    @Override
    public String getHeader(String key) {
        return this.headers.get(key);
    }

    @Override
    public Object getBody() {
        return this.body;
    }

    /** The builder the mocked request hands out. */
    public static class HttpResponseMessageBuilderMock implements HttpResponseMessage.Builder {
        private Object body;
        private final Map<String, String> headers = new HashMap<>();
        private HttpStatusType httpStatus;

        public Builder status(HttpStatus status) {
            this.httpStatus = status;
            return this;
        }

        @Override
        public Builder status(HttpStatusType httpStatusType) {
            this.httpStatus = httpStatusType;
            return this;
        }

        @Override
        public Builder header(String key, String value) {
            this.headers.put(key, value);
            return this;
        }

        @Override
        public Builder body(Object body) {
            this.body = body;
            return this;
        }

        @Override
        public HttpResponseMessage build() {
            return new HttpResponseMessageMock(this.httpStatus, this.headers, this.body);
        }
    }
}
