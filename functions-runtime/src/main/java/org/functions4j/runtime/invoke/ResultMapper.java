package org.functions4j.runtime.invoke;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.runtime.azure.AzureFace;

/**
 * Maps what a function returned to a response: an {@link HttpResponseMessage} as built; a
 * {@code String} as 200 text; a {@code byte[]} as 200 octets; any other object as 200 JSON;
 * nothing as 204.
 */
public final class ResultMapper {
    /** The content type of a {@code String} result. */
    public static final String TEXT = "text/plain; charset=utf-8";
    /** The content type of a {@code byte[]} result. */
    public static final String OCTETS = "application/octet-stream";
    /** The content type of an object result, and of every JSON answer the host writes. */
    public static final String JSON = "application/json; charset=utf-8";

    private final ObjectMapper json;

    /**
     * @param json the mapper objects are written with
     */
    public ResultMapper(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The response for a function's result.
     *
     * @param value what the function returned (already unwrapped from a {@code CompletionStage})
     * @return the response
     * @throws JsonProcessingException when an object cannot be written as JSON
     */
    public FunctionResult map(Object value) throws JsonProcessingException {
        Object result = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (result == null) {
            return new FunctionResult(204, Map.of(), null, null);
        }
        if (result instanceof HttpResponseMessage response) {
            return fromResponse(response);
        }
        if (!(result instanceof String) && !(result instanceof byte[])) {
            AzureFace.Response azure = AzureFace.response(result); // an app written against Azure's library
            if (azure != null) {
                return azure.ours() != null ? fromResponse(azure.ours())
                        : fromParts(azure.status(), contentTypeOnly(azure.contentType()), azure.body());
            }
        }
        return body(200, Map.of(), result);
    }

    private FunctionResult fromResponse(HttpResponseMessage response) throws JsonProcessingException {
        Map<String, String> headers = response instanceof FunctionResponse own
                ? own.headers()
                : contentTypeOnly(response.getHeader("Content-Type"));
        return fromParts(response.getStatusCode(), headers, response.getBody());
    }

    private FunctionResult fromParts(int status, Map<String, String> headers, Object body) throws JsonProcessingException {
        if (body == null || status == 204 || status == 304) {
            return new FunctionResult(status, headers, null, null);
        }
        return body(status, headers, body);
    }

    private FunctionResult body(int status, Map<String, String> headers, Object body) throws JsonProcessingException {
        if (body instanceof String text) {
            return new FunctionResult(status, headers, TEXT, text.getBytes(StandardCharsets.UTF_8));
        }
        if (body instanceof byte[] bytes) {
            return new FunctionResult(status, headers, OCTETS, bytes);
        }
        return new FunctionResult(status, headers, JSON, json.writeValueAsBytes(body));
    }

    private static Map<String, String> contentTypeOnly(String contentType) {
        return contentType == null ? Map.of() : Map.of("Content-Type", contentType);
    }
}
