package org.functions4j.api;

import java.net.URI;
import java.util.Map;

/**
 * The HTTP request that triggered a function.
 *
 * @param <T> the type the body is presented as, for example {@code Optional<String>}
 */
public interface HttpRequestMessage<T> {
    /**
     * The full URI of the request, query string included.
     *
     * @return the request URI
     */
    URI getUri();

    /**
     * The request's method.
     *
     * @return the method
     */
    HttpMethod getHttpMethod();

    /**
     * The request headers, keys in lower case; repeated headers are joined with {@code ", "}.
     *
     * @return an unmodifiable map of headers
     */
    Map<String, String> getHeaders();

    /**
     * The query parameters, decoded; when a name repeats, its first value.
     *
     * @return an unmodifiable map of query parameters
     */
    Map<String, String> getQueryParameters();

    /**
     * The body, converted to {@code T}. A request without a body gives {@code Optional.empty()}
     * (or {@code null} when {@code T} is not an {@code Optional}).
     *
     * @return the body
     */
    T getBody();

    /**
     * Starts a response with a standard status. (Both overloads exist, as in Azure's library, so
     * a mock stubbing either one is called.)
     *
     * @param status the status
     * @return a builder for the response
     */
    HttpResponseMessage.Builder createResponseBuilder(HttpStatus status);

    /**
     * Starts a response with the given status.
     *
     * @param status a {@link HttpStatus} or {@link HttpStatusType#custom(int)}
     * @return a builder for the response
     */
    HttpResponseMessage.Builder createResponseBuilder(HttpStatusType status);
}
