package org.functions4j.test;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.runtime.invoke.FunctionInputs;
import org.functions4j.runtime.invoke.QueryString;
import org.functions4j.runtime.invoke.RequestData;

/**
 * Requests for calling a function method directly, without HTTP: the runtime's own request message
 * (so query parsing, header names and the response builder are exactly what the function gets when
 * served), not a mock.
 *
 * <pre>
 * HttpRequestMessage&lt;Optional&lt;String&gt;&gt; request = RequestMessages.request(HttpMethod.GET, "/api/Hello?name=Ann")
 *         .buildWithoutBody();
 * HttpResponseMessage response = new Hello().run(request, TestContext.of("Hello"));
 * </pre>
 */
public final class RequestMessages {
    private RequestMessages() {
    }

    /**
     * @param method the method
     * @param target a path with an optional query ({@code /api/hello?name=Ann}), or a full URL
     */
    public static Builder request(HttpMethod method, String target) {
        return new Builder(method, target);
    }

    /** Headers, query parameters and a body of any type. */
    public static final class Builder {
        private final HttpMethod method;
        private final StringBuilder target;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder(HttpMethod method, String target) {
            this.method = method;
            this.target = new StringBuilder(target.startsWith("/") ? "http://localhost" + target : target);
        }

        /** A header; names are lower case to the function, as the Azure host hands them; a repeated one joined with ",". */
        public Builder header(String name, String value) {
            headers.merge(name.toLowerCase(Locale.ROOT), value, (a, b) -> a + "," + b);
            return this;
        }

        /** A query parameter, encoded and appended to the URL. */
        public Builder query(String name, String value) {
            target.append(target.indexOf("?") < 0 ? '?' : '&').append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            return this;
        }

        /** The request with this body (a String, byte[], POJO, Optional... as the function's parameter declares). */
        public <T> HttpRequestMessage<T> build(T body) {
            return FunctionInputs.request(data(), body);
        }

        /** The request with an empty {@code Optional} body, for functions declaring {@code HttpRequestMessage<Optional<...>>}. */
        public <T> HttpRequestMessage<Optional<T>> buildWithoutBody() {
            return FunctionInputs.request(data(), Optional.empty());
        }

        RequestData data() {
            URI uri = URI.create(target.toString());
            Map<String, String> query = QueryString.parse(uri.getRawQuery());
            Map<String, String> headerCopy = Map.copyOf(headers);
            return new RequestData() {
                @Override
                public String method() {
                    return method.name();
                }

                @Override
                public String url() {
                    return uri.toString();
                }

                @Override
                public Map<String, String> headers() {
                    return headerCopy;
                }

                @Override
                public Map<String, String> queryParameters() {
                    return query;
                }

                @Override
                public String contentType() {
                    return headerCopy.get("content-type");
                }

                @Override
                public byte[] body() {
                    return null;
                }
            };
        }
    }
}
