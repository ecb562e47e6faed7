package org.functions4j.runtime.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The admin keys API of the reference host, master key only:
 * <pre>
 * GET                  /admin/functions/{name}/keys          list a function's keys
 * GET|POST|PUT|DELETE  /admin/functions/{name}/keys/{key}    read, generate, set, delete one
 * GET                  /admin/host/keys                      list host keys
 * GET|POST|PUT|DELETE  /admin/host/keys/{key}                one host key
 * GET                  /admin/host/systemkeys                list system keys
 * GET|POST|PUT|DELETE  /admin/host/systemkeys/{key}          one system key
 * GET|POST|PUT         /admin/host/keys/_master              the master key (POST rolls it; DELETE is 400)
 * </pre>
 * POST generates a value (or takes {@code {"value": ...}}), PUT sets {@code {"value": ...}}: 201 with
 * {@code Location} when the key is new, 200 when it replaced one. Every change is on disk before
 * the answer. Who may call it (the master key only) is decided before, by the {@link KeyAuthorizer}.
 */
public final class AdminKeysApi {
    private static final String MASTER = "_master";

    private final SecretStore store;
    private final Function<String, Optional<String>> functions;
    private final ObjectMapper json;

    /**
     * @param store the keys
     * @param functions the canonical name of a function, looked up ignoring case; empty when there is none
     * @param json writes the answers
     */
    public AdminKeysApi(SecretStore store, Function<String, Optional<String>> functions, ObjectMapper json) {
        this.store = store;
        this.functions = functions;
        this.json = json;
    }

    /** Whether the path (segments after {@code admin}) belongs to this API. */
    public static boolean handles(List<String> path) {
        return path.size() >= 3 && path.get(0).equalsIgnoreCase("functions") && path.get(2).equalsIgnoreCase("keys")
                || path.size() >= 2 && path.get(0).equalsIgnoreCase("host")
                && (path.get(1).equalsIgnoreCase("keys") || path.get(1).equalsIgnoreCase("systemkeys"));
    }

    /**
     * Answers one request.
     *
     * @param method the HTTP method
     * @param path the decoded path segments after {@code admin}
     * @param body the request body, or null
     * @param selfUrl the absolute URL of the request, without query, for {@code links} and {@code Location}
     * @return the answer
     */
    public AdminResponse handle(String method, List<String> path, byte[] body, String selfUrl) {
        Target target = target(path);
        if (target == null) {
            return AdminResponse.empty(404);
        }
        if (target.keyName == null) {
            return method.equals("GET") ? list(target, selfUrl) : notAllowed("GET");
        }
        if (target.keyName.equalsIgnoreCase(MASTER)) {
            return target.scope == SecretStore.Scope.HOST ? master(method, body, selfUrl)
                    : error(400, "The key name '_master' is reserved for the master key.");
        }
        if (!KeyValues.isValidName(target.keyName)) {
            return error(400, "A key name has 1 to 128 letters, digits, '_', '-' or '.'.");
        }
        return switch (method) {
            case "GET" -> get(target, selfUrl);
            case "POST", "PUT" -> put(target, method, body, selfUrl);
            case "DELETE" -> store.delete(target.scope, target.function, target.keyName)
                    ? AdminResponse.empty(204) : AdminResponse.empty(404);
            default -> notAllowed("DELETE, GET, POST, PUT");
        };
    }

    /** Which keys a path is about; null when it names nothing that exists. */
    private record Target(SecretStore.Scope scope, String function, String keyName) {
    }

    private Target target(List<String> path) {
        if (path.get(0).equalsIgnoreCase("functions")) {
            Optional<String> function = functions.apply(path.get(1));
            if (function.isEmpty() || path.size() > 4) {
                return null;
            }
            return new Target(SecretStore.Scope.FUNCTION, function.get(), path.size() == 4 ? path.get(3) : null);
        }
        if (path.size() > 3) {
            return null;
        }
        SecretStore.Scope scope = path.get(1).equalsIgnoreCase("keys") ? SecretStore.Scope.HOST : SecretStore.Scope.SYSTEM;
        return new Target(scope, null, path.size() == 3 ? path.get(2) : null);
    }

    private AdminResponse list(Target target, String selfUrl) {
        ArrayNode keys = json.createArrayNode();
        for (NamedKey key : store.keys(target.scope, target.function).keys()) {
            keys.addObject().put("name", key.name()).put("value", key.value());
        }
        ObjectNode body = json.createObjectNode();
        body.set("keys", keys);
        return ok(200, Map.of(), links(body, selfUrl));
    }

    private AdminResponse get(Target target, String selfUrl) {
        return store.keys(target.scope, target.function).get(target.keyName)
                .map(key -> ok(200, Map.of(), keyBody(key.name(), key.value(), selfUrl)))
                .orElseGet(() -> AdminResponse.empty(404));
    }

    private AdminResponse put(Target target, String method, byte[] body, String selfUrl) {
        ValueOrError given = givenValue(body, method.equals("PUT"));
        if (given.error != null) {
            return given.error;
        }
        boolean created = store.put(target.scope, target.function, target.keyName, given.value);
        NamedKey key = store.keys(target.scope, target.function).get(target.keyName).orElseThrow();
        return ok(created ? 201 : 200, created ? Map.of("Location", selfUrl) : Map.of(),
                keyBody(key.name(), key.value(), selfUrl));
    }

    private AdminResponse master(String method, byte[] body, String selfUrl) {
        return switch (method) {
            case "GET" -> ok(200, Map.of(), keyBody(MASTER, store.master().orElse(""), selfUrl));
            case "POST", "PUT" -> {
                ValueOrError given = givenValue(body, method.equals("PUT"));
                yield given.error != null ? given.error
                        : ok(200, Map.of(), keyBody(MASTER, store.setMaster(given.value), selfUrl));
            }
            case "DELETE" -> error(400, "The master key cannot be deleted; POST to this URL to roll it.");
            default -> notAllowed("GET, POST, PUT");
        };
    }

    /** A value given in the body: required for PUT, optional for POST (which generates one). */
    private record ValueOrError(String value, AdminResponse error) {
    }

    private ValueOrError givenValue(byte[] body, boolean required) {
        if (body == null || body.length == 0) {
            return required ? new ValueOrError(null, error(400, "Send the key as {\"value\": \"...\"}."))
                    : new ValueOrError(null, null);
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (IOException e) {
            return new ValueOrError(null, error(400, "The body is not valid JSON; send {\"value\": \"...\"}."));
        }
        JsonNode value = node == null ? null : node.get("value");
        if (value == null || value.isNull()) {
            return required ? new ValueOrError(null, error(400, "Send the key as {\"value\": \"...\"}."))
                    : new ValueOrError(null, null);
        }
        String problem = KeyValues.problemWithValue(value.isTextual() ? value.asText() : null);
        return problem != null ? new ValueOrError(null, error(400, problem)) : new ValueOrError(value.asText(), null);
    }

    private ObjectNode keyBody(String name, String value, String selfUrl) {
        return links(json.createObjectNode().put("name", name).put("value", value), selfUrl);
    }

    private ObjectNode links(ObjectNode body, String selfUrl) {
        body.putArray("links").addObject().put("rel", "self").put("href", selfUrl);
        return body;
    }

    private AdminResponse ok(int status, Map<String, String> headers, ObjectNode body) {
        return new AdminResponse(status, headers, bytes(body));
    }

    private AdminResponse error(int status, String message) {
        return new AdminResponse(status, Map.of(), bytes(json.createObjectNode().put("error", message)));
    }

    private static AdminResponse notAllowed(String allow) {
        return new AdminResponse(405, Map.of("Allow", allow), null);
    }

    private byte[] bytes(ObjectNode body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
