package org.functions4j.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.LocalConnector;

/** How the behaviour suite reaches the server: in memory (embedded, or a WAR), or over a socket. */
public interface Transport {
    /**
     * Sends a request through the real server and returns the response.
     *
     * @param request the request
     * @return the response
     * @throws Exception when the request cannot be sent
     */
    HttpExchange send(HttpExchange.Request request) throws Exception;

    /** Raw HTTP through the server's {@code LocalConnector}: exact bytes, no socket. */
    static Transport inMemory(FunctionsServer server) {
        return inMemory(server.localConnector(), "");
    }

    /** Raw HTTP through a {@code LocalConnector}, to an app under a context path (a WAR's). */
    static Transport inMemory(LocalConnector connector, String contextPath) {
        return request -> {
            HttpTester.Request raw = HttpTester.newRequest();
            raw.setMethod(request.method());
            raw.setURI(contextPath + request.target());
            raw.setVersion("HTTP/1.1");
            raw.setHeader("Host", "localhost");
            raw.setHeader("Connection", "close");
            request.headers().forEach(raw::setHeader);
            if (request.body() != null) {
                raw.setContent(request.body());
            }
            HttpTester.Response response = HttpTester.parseResponse(
                    connector.getResponse(raw.generate(), 10, TimeUnit.SECONDS));
            Map<String, String> headers = new LinkedHashMap<>();
            response.forEach(field -> headers.merge(field.getName().toLowerCase(Locale.ROOT), field.getValue(),
                    (a, b) -> a + ", " + b));
            byte[] body = response.getContentBytes() == null ? new byte[0] : response.getContentBytes();
            return new HttpExchange(response.getStatus(), headers, body);
        };
    }

    /** The JDK's HttpClient over a real socket on loopback. */
    static Transport socket(FunctionsServer server, HttpClient client) {
        return socket("http://127.0.0.1:" + server.port(), client, Duration.ofSeconds(10));
    }

    /** The JDK's HttpClient over a real socket to any server (a servlet container), its base URL without a trailing slash. */
    static Transport socket(String baseUrl, HttpClient client, Duration timeout) {
        return request -> {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.target()))
                    .timeout(timeout)
                    .method(request.method(), request.body() == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            request.headers().forEach(builder::header);
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
            return new HttpExchange(response.statusCode(), headers, response.body());
        };
    }
}
