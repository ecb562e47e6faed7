package org.functions4j.runtime.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import org.functions4j.runtime.invoke.FunctionResult;
import org.functions4j.runtime.invoke.ResultMapper;

/** Writes answers: function results, empty status answers, and the JSON error bodies of the error contract. */
final class Answers {
    static final String JSON = ResultMapper.JSON;

    private Answers() {
    }

    /** 429 with an empty body, and the header the reference host adds to throttled answers. */
    static void tooBusy(Exchange exchange) {
        exchange.header("X-FUNCTION-SCALEOUT", "1");
        exchange.send(429);
    }

    /** {@code {"error": message, "invocationId": id}} with the given status. */
    static void error(Exchange exchange, ObjectMapper json, int status, String message, String invocationId)
            throws IOException {
        ObjectNode body = json.createObjectNode().put("error", message).put("invocationId", invocationId);
        exchange.send(status, JSON, json.writeValueAsBytes(body));
    }

    /** A function's result; its own {@code Content-Type} header wins over the one its body type implies. */
    static void result(Exchange exchange, FunctionResult result) throws IOException {
        String contentType = result.contentType();
        for (Map.Entry<String, String> header : result.headers().entrySet()) {
            exchange.header(header.getKey(), header.getValue());
            if (header.getKey().equalsIgnoreCase("Content-Type")) {
                contentType = header.getValue();
            }
        }
        if (result.body() == null) {
            exchange.send(result.status());
        } else {
            exchange.send(result.status(), contentType, result.body());
        }
    }
}
