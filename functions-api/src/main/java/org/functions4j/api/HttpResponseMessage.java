package org.functions4j.api;

/**
 * The response a function returns. Build one with
 * {@link HttpRequestMessage#createResponseBuilder(HttpStatusType)}.
 *
 * <p>The body is written as given when it is a {@code String} (as {@code text/plain;
 * charset=utf-8} unless a {@code Content-Type} header is set) or a {@code byte[]}
 * ({@code application/octet-stream}); any other object is written as JSON.
 */
public interface HttpResponseMessage {
    /**
     * The response status: an {@link HttpStatus}, or a {@link HttpStatusType#custom(int) custom} one.
     *
     * @return the status
     */
    HttpStatusType getStatus();

    /**
     * The numeric response status.
     *
     * @return the status code
     */
    default int getStatusCode() {
        return getStatus().value();
    }

    /**
     * The value of a response header, the name matched ignoring case.
     *
     * @param key the header name
     * @return the value, or {@code null} if the header was not set
     */
    String getHeader(String key);

    /**
     * The response body.
     *
     * @return the body, or {@code null} for none
     */
    Object getBody();

    /** Builds a {@link HttpResponseMessage}. */
    interface Builder {
        /**
         * Sets the status.
         *
         * @param status a {@link HttpStatus} or {@link HttpStatusType#custom(int)}
         * @return this builder
         */
        Builder status(HttpStatusType status);

        /**
         * Adds a header; a later value for the same name (ignoring case) replaces it.
         *
         * @param key the header name
         * @param value the header value
         * @return this builder
         */
        Builder header(String key, String value);

        /**
         * Sets the body.
         *
         * @param body a {@code String}, {@code byte[]}, or an object written as JSON
         * @return this builder
         */
        Builder body(Object body);

        /**
         * The response.
         *
         * @return the response
         */
        HttpResponseMessage build();
    }
}
