package org.functions4j.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers itself, before a request reaches the functions (a URI it cannot parse, headers
 * too large): the error contract's JSON, {@code {"error": "<reason>"}}, instead of an HTML page.
 * Only the standard reason phrase is sent: never Jetty's message, a stack trace or the URI.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final String JSON = "application/json; charset=utf-8";

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
        response.write(true, body(code), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JSON);
        return body(status);
    }

    private static ByteBuffer body(int status) {
        String reason = HttpStatus.getMessage(status);
        return ByteBuffer.wrap(("{\"error\":\"" + reason + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
