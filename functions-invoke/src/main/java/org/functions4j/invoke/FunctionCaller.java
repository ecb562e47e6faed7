package org.functions4j.invoke;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Calls the function. One {@link HttpClient} for the whole process: a client per call exhausts
 * ports under load (the seed's tip).
 */
final class FunctionCaller {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private FunctionCaller() {
    }

    /** The answer; throws {@link HttpTimeoutException} past the timeout and IOException when unreachable. */
    static HttpResponse<String> call(InvokeOptions options, Map<String, String> extraHeaders)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(options)).timeout(options.timeout())
                .method(options.method(), options.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(options.body()));
        options.headers().forEach(request::header);
        if (options.headers().keySet().stream().noneMatch("traceparent"::equalsIgnoreCase)) {
            request.header("traceparent", options.traceparent()); // the call's trace, printed with the outcome
        }
        extraHeaders.forEach(request::header);
        if (!options.keyInQuery()) {
            request.header("x-functions-key", options.key());
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The URL with the query parameters appended (and {@code code=} when the key goes in the query). */
    static URI uri(InvokeOptions options) {
        String url = options.function().toString();
        StringBuilder query = new StringBuilder();
        if (options.query() != null) {
            query.append(options.query());
        }
        if (options.keyInQuery()) {
            query.append(query.length() > 0 ? "&" : "").append("code=").append(URLEncoder.encode(options.key(), StandardCharsets.UTF_8));
        }
        if (query.length() == 0) {
            return options.function();
        }
        return URI.create(url + (options.function().getRawQuery() == null ? "?" : "&") + query);
    }

    /** The URL as it may be shown: the key is never printed. */
    static String shown(InvokeOptions options) {
        return options.function() + (options.query() == null ? "" : (options.function().getRawQuery() == null ? "?" : "&")
                + options.query()) + (options.keyInQuery() ? " (key in ?code=)" : " (key in x-functions-key)");
    }
}
