package org.functions4j.runtime.servlet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.functions4j.runtime.invoke.FunctionResult;

/** Writes responses: function results, empty status answers, and the JSON error bodies of the error contract. */
final class ResponseWriter {
    private static final String JSON = "application/json; charset=utf-8";

    private ResponseWriter() {
    }

    /** A status with an empty body (404, 405, 401, ...). */
    static void empty(HttpServletResponse response, int status) {
        response.setStatus(status);
        response.setContentLength(0);
    }

    /** 429 with an empty body, and the header the reference host adds to throttled answers. */
    static void tooBusy(HttpServletResponse response) {
        response.setHeader("X-FUNCTION-SCALEOUT", "1");
        empty(response, 429);
    }

    /** {@code {"error": message, "invocationId": id}} with the given status. */
    static void error(HttpServletResponse response, ObjectMapper json, int status, String message,
                      String invocationId) throws IOException {
        ObjectNode body = json.createObjectNode().put("error", message).put("invocationId", invocationId);
        json(response, status, json.writeValueAsBytes(body));
    }

    /** A JSON body with the given status. */
    static void json(HttpServletResponse response, int status, byte[] body) throws IOException {
        write(response, status, JSON, body);
    }

    static void result(HttpServletResponse response, FunctionResult result) throws IOException {
        for (Map.Entry<String, String> header : result.headers().entrySet()) {
            response.setHeader(header.getKey(), header.getValue());
        }
        if (result.body() == null) {
            empty(response, result.status());
            return;
        }
        String contentType = response.getContentType() != null ? response.getContentType() : result.contentType();
        write(response, result.status(), contentType, result.body());
    }

    private static void write(HttpServletResponse response, int status, String contentType, byte[] body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
