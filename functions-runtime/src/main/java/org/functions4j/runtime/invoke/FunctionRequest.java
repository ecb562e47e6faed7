package org.functions4j.runtime.invoke;

import java.net.URI;
import java.util.Map;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatus;
import org.functions4j.api.HttpStatusType;

/**
 * The {@link HttpRequestMessage} a function receives: a snapshot taken before the function runs,
 * so it stays valid on any thread, also after an asynchronous function's response is sent.
 */
final class FunctionRequest<T> implements HttpRequestMessage<T> {
    private final RequestUri uri;
    private final HttpMethod method;
    private final Map<String, String> headers;
    private final Map<String, String> query;
    private final T body;

    FunctionRequest(RequestData request, T body) {
        this.uri = new RequestUri(request.url());
        this.method = methodOf(request.method());
        this.headers = Map.copyOf(request.headers());
        this.query = Map.copyOf(request.queryParameters());
        this.body = body;
    }

    /** Null for a method outside {@link HttpMethod}; only reached by functions that allow every method. */
    private static HttpMethod methodOf(String method) {
        for (HttpMethod m : HttpMethod.values()) {
            if (m.name().equals(method)) {
                return m;
            }
        }
        return null;
    }

    @Override
    public URI getUri() {
        return uri.get();
    }

    @Override
    public HttpMethod getHttpMethod() {
        return method;
    }

    @Override
    public Map<String, String> getHeaders() {
        return headers;
    }

    @Override
    public Map<String, String> getQueryParameters() {
        return query;
    }

    @Override
    public T getBody() {
        return body;
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatus status) {
        return new FunctionResponse.Builder(status);
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatusType status) {
        return new FunctionResponse.Builder(status);
    }
}
