package org.functions4j.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.functions4j.api.ApiDoc;
import org.functions4j.api.ApiResponse;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.WebHookType;
import org.functions4j.runtime.model.BodyType;
import org.functions4j.runtime.model.FunctionDefinition;
import org.functions4j.runtime.model.ParameterSpec;
import org.functions4j.runtime.model.TriggerSpec;
import org.functions4j.runtime.route.RouteSegment;
import org.functions4j.runtime.route.RouteTemplate;

/** One OpenAPI operation: a function under one path and one method. */
final class Operations {
    static final String FUNCTION_KEY = "functionKey";
    static final String FUNCTION_KEY_QUERY = "functionKeyQuery";
    static final String MASTER_KEY = "masterKey";
    static final String MASTER_KEY_QUERY = "masterKeyQuery";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final TypeSchemas types;

    Operations(TypeSchemas types) {
        this.types = types;
    }

    ObjectNode of(FunctionDefinition function, RoutePaths.Variant variant, HttpMethod method, String operationId) {
        ObjectNode operation = NODES.objectNode();
        ApiDoc doc = function.method().getAnnotation(ApiDoc.class);
        ArrayNode tags = operation.putArray("tags");
        if (doc != null && doc.tags().length > 0) {
            List.of(doc.tags()).forEach(tags::add);
        } else {
            tags.add(function.method().getDeclaringClass().getSimpleName());
        }
        operation.put("summary", doc != null && !doc.summary().isEmpty() ? doc.summary() : function.name());
        if (doc != null && !doc.description().isEmpty()) {
            operation.put("description", doc.description());
        }
        operation.put("operationId", operationId);
        ArrayNode parameters = NODES.arrayNode();
        pathParameters(function, variant, parameters);
        queryParameters(function, parameters);
        webhookHeaders(function.trigger().webHookType(), parameters);
        if (!parameters.isEmpty()) {
            operation.set("parameters", parameters);
        }
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            ObjectNode body = requestBody(function);
            if (body != null) {
                operation.set("requestBody", body);
            }
        }
        operation.set("responses", responses(function, !variant.parameters().isEmpty()));
        ArrayNode security = security(function.trigger());
        if (security != null) {
            operation.set("security", security);
        }
        return operation;
    }

    private void pathParameters(FunctionDefinition function, RoutePaths.Variant variant, ArrayNode parameters) {
        for (int i = 0; i < variant.parameters().size(); i++) {
            RouteSegment segment = variant.parameters().get(i);
            ObjectNode parameter = parameters.addObject().put("name", variant.names().get(i)).put("in", "path")
                    .put("required", true);
            ParameterSpec bound = binding(function, segment.name());
            parameter.set("schema", ConstraintSchemas.of(segment.constraintTexts(), bound == null ? null : bound.value()));
            if (segment.kind() == RouteSegment.Kind.CATCH_ALL) {
                parameter.put("description", "The rest of the path: it may hold '/'.");
            } else if (segment.defaultValue() != null) {
                parameter.put("description", "When left out: " + segment.defaultValue() + ".");
            }
        }
    }

    /** {@code @BindingName} values that are not route values come from the query. */
    private void queryParameters(FunctionDefinition function, ArrayNode parameters) {
        Set<String> routeNames = new HashSet<>();
        for (RouteSegment segment : RouteTemplate.parse(function.routeTemplate()).segments()) {
            if (!segment.isLiteral()) {
                routeNames.add(segment.name().toLowerCase(Locale.ROOT));
            }
        }
        for (ParameterSpec spec : function.parameters()) {
            if (spec.kind() == ParameterSpec.Kind.BINDING && !routeNames.contains(spec.name().toLowerCase(Locale.ROOT))) {
                parameters.addObject().put("name", spec.name()).put("in", "query").put("required", spec.primitive())
                        .set("schema", ConstraintSchemas.ofValue(spec.value()));
            }
        }
    }

    private static void webhookHeaders(WebHookType type, ArrayNode parameters) {
        switch (type) {
            case GITHUB -> {
                header(parameters, "X-GitHub-Event", true, "The event, e.g. push, issue_comment, ping.");
                header(parameters, "X-Hub-Signature-256", true,
                        "sha256= and the HMAC-SHA256 of the body with the function's webhook key (or X-Hub-Signature, sha1).");
            }
            case SLACK -> {
                header(parameters, "X-Slack-Signature", true, "v0= and the HMAC-SHA256 of v0:timestamp:body with the key.");
                header(parameters, "X-Slack-Request-Timestamp", true, "Seconds since 1970; too old a delivery is refused.");
            }
            case GENERIC_JSON -> parameters.addObject().put("name", "clientid").put("in", "query").put("required", false)
                    .put("description", "Which of the function's webhook keys signs: 'default' when left out.")
                    .putObject("schema").put("type", "string");
            default -> { }
        }
    }

    private static void header(ArrayNode parameters, String name, boolean required, String description) {
        parameters.addObject().put("name", name).put("in", "header").put("required", required)
                .put("description", description).putObject("schema").put("type", "string");
    }

    private ObjectNode requestBody(FunctionDefinition function) {
        for (ParameterSpec spec : function.parameters()) {
            if ((spec.kind() == ParameterSpec.Kind.BODY || spec.kind() == ParameterSpec.Kind.REQUEST) && spec.body() != null) {
                BodyType body = spec.body();
                ObjectNode request = NODES.objectNode().put("required", !body.optional());
                ObjectNode content = request.putObject("content");
                switch (body.form()) {
                    case STRING -> content.putObject(function.trigger().webHookType() == WebHookType.SLACK
                            ? "application/x-www-form-urlencoded" : "text/plain").putObject("schema").put("type", "string");
                    case BYTES -> content.putObject("application/octet-stream").putObject("schema")
                            .put("type", "string").put("format", "binary");
                    case JSON -> content.putObject("application/json").set("schema", types.of(body.jsonType()));
                }
                return request;
            }
        }
        return null;
    }

    private ObjectNode responses(FunctionDefinition function, boolean hasPathParameters) {
        ObjectNode responses = NODES.objectNode();
        ApiResponse[] declared = function.method().getAnnotationsByType(ApiResponse.class);
        if (declared.length > 0) {
            for (ApiResponse response : declared) {
                responses.set(String.valueOf(response.status()), declared(response));
            }
        } else {
            inferred(function, responses);
        }
        // The error contract, where the function does not say otherwise for that status.
        responses.putIfAbsent("400", ErrorContract.ref(function.trigger().webHookType() == WebHookType.NONE
                ? "BadRequest" : "WebhookRejected"));
        if (function.trigger().authLevel() != AuthorizationLevel.ANONYMOUS
                || function.trigger().webHookType() != WebHookType.NONE) {
            responses.putIfAbsent("401", ErrorContract.ref("Unauthorized"));
        }
        if (hasPathParameters) {
            responses.putIfAbsent("404", ErrorContract.ref("NotFound"));
        }
        responses.putIfAbsent("413", ErrorContract.ref("PayloadTooLarge"));
        responses.putIfAbsent("429", ErrorContract.ref("TooManyRequests"));
        responses.putIfAbsent("500", ErrorContract.ref("InternalError"));
        return responses;
    }

    private ObjectNode declared(ApiResponse response) {
        ObjectNode node = NODES.objectNode().put("description", response.description());
        if (response.type() != Void.class && response.type() != void.class) {
            content(node, response.type());
        }
        return node;
    }

    /** From the return type, or the {@code OutputBinding}'s type. */
    private void inferred(FunctionDefinition function, ObjectNode responses) {
        Method method = function.method();
        Type type = method.getGenericReturnType();
        for (ParameterSpec spec : function.parameters()) {
            if (spec.kind() == ParameterSpec.Kind.OUTPUT) {
                type = typeArgument(method.getGenericParameterTypes()[spec.index()]);
            }
        }
        boolean mayBeEmpty = false;
        while (raw(type) == Optional.class || raw(type) != null && CompletionStage.class.isAssignableFrom(raw(type))) {
            mayBeEmpty |= raw(type) == Optional.class;
            type = typeArgument(type);
        }
        Class<?> raw = raw(type);
        if (raw == void.class || raw == Void.class) {
            responses.putObject("204").put("description", "Done; no body.");
            return;
        }
        if (raw != null && raw.getSimpleName().equals("HttpResponseMessage")) {
            responses.putObject("default").put("description",
                    "The function's own response (status, headers and body it builds).");
            return;
        }
        content(responses.putObject("200").put("description", "The function's result."), type);
        if (mayBeEmpty) {
            responses.putObject("204").put("description", "No result.");
        }
    }

    private void content(ObjectNode response, Type type) {
        Class<?> raw = raw(type);
        ObjectNode content = response.putObject("content");
        if (raw == String.class) {
            content.putObject("text/plain").putObject("schema").put("type", "string");
        } else if (raw == byte[].class) {
            content.putObject("application/octet-stream").putObject("schema").put("type", "string").put("format", "binary");
        } else if (raw == Object.class) {
            content.putObject("application/json").putObject("schema");
        } else {
            content.putObject("application/json").set("schema", types.of(type));
        }
    }

    /** Keys: a function's, the host's or the master key for FUNCTION; the master key for ADMIN; webhooks sign. */
    private static ArrayNode security(TriggerSpec trigger) {
        if (trigger.webHookType() == WebHookType.GITHUB || trigger.webHookType() == WebHookType.SLACK) {
            return null; // the signature headers carry the proof
        }
        if (trigger.webHookType() == WebHookType.GENERIC_JSON) {
            ArrayNode security = NODES.arrayNode();
            security.addObject().putArray(FUNCTION_KEY_QUERY);
            return security;
        }
        return switch (trigger.authLevel()) {
            case ANONYMOUS -> null;
            case FUNCTION -> either(FUNCTION_KEY, FUNCTION_KEY_QUERY);
            case ADMIN -> either(MASTER_KEY, MASTER_KEY_QUERY);
        };
    }

    private static ArrayNode either(String header, String query) {
        ArrayNode security = NODES.arrayNode();
        security.addObject().putArray(header);
        security.addObject().putArray(query);
        return security;
    }

    private static ParameterSpec binding(FunctionDefinition function, String name) {
        return function.parameters().stream().filter(p -> p.kind() == ParameterSpec.Kind.BINDING
                && p.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
    }

    private static Type typeArgument(Type type) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }
}
