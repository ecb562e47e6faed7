package org.functions4j.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The host's error contract as reusable responses: what any function may answer besides its own
 * result (README, "What the runtime answers").
 */
final class ErrorContract {
    static final String ERROR_SCHEMA = "Functions4jError";
    static final String WEBHOOK_ERROR_SCHEMA = "Functions4jWebhookError";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ErrorContract() {
    }

    /** {@code components/responses}. */
    static ObjectNode responses() {
        ObjectNode responses = NODES.objectNode();
        responses.set("BadRequest", json("The request cannot be bound: a body that is not JSON for a JSON parameter, "
                + "a value that does not convert, a required value missing.", ERROR_SCHEMA));
        responses.set("Unauthorized", empty("No key, or a key that does not open this function (nothing says which)."));
        responses.set("NotFound", empty("No function's route matches the path (a value that fails its constraint too)."));
        responses.set("MethodNotAllowed", empty("The path is a function's, the method is not; Allow lists those that are."));
        responses.set("PayloadTooLarge", empty("The body is over functions4j.limits.maxRequestBodyBytes."));
        responses.set("TooManyRequests", empty("Over http.maxOutstandingRequests, or the dynamic throttle is on."));
        responses.set("InternalError", json("The function failed or ran past functionTimeout; the host log has the "
                + "invocation's detail, the answer only its id.", ERROR_SCHEMA));
        responses.set("WebhookRejected", json("The delivery failed the webhook's check (signature, timestamp, event, "
                + "key).", WEBHOOK_ERROR_SCHEMA));
        return responses;
    }

    /** {@code components/schemas} entries of the error bodies. */
    static void schemas(ObjectNode schemas) {
        ObjectNode error = schemas.putObject(ERROR_SCHEMA).put("type", "object");
        error.putObject("properties").<ObjectNode>set("error", NODES.objectNode().put("type", "string"))
                .set("invocationId", NODES.objectNode().put("type", "string").put("format", "uuid"));
        error.putArray("required").add("error");
        ObjectNode webhook = schemas.putObject(WEBHOOK_ERROR_SCHEMA).put("type", "object");
        webhook.putObject("properties").set("Message", NODES.objectNode().put("type", "string"));
        webhook.putArray("required").add("Message");
    }

    /** A reference to one of {@link #responses()}. */
    static ObjectNode ref(String name) {
        return NODES.objectNode().put("$ref", "#/components/responses/" + name);
    }

    private static ObjectNode empty(String description) {
        return NODES.objectNode().put("description", description);
    }

    private static ObjectNode json(String description, String schema) {
        ObjectNode response = NODES.objectNode().put("description", description);
        response.putObject("content").putObject("application/json").putObject("schema")
                .put("$ref", "#/components/schemas/" + schema);
        return response;
    }
}
