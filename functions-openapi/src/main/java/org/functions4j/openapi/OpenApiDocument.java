package org.functions4j.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.functions4j.api.HttpMethod;
import org.functions4j.runtime.model.FunctionCatalog;
import org.functions4j.runtime.model.FunctionDefinition;
import org.functions4j.runtime.route.RouteTemplate;

/**
 * The OpenAPI 3.1 document of a function app, from what the host knows of every function: paths
 * from the route templates under the route prefix, parameters typed by their constraints and
 * {@code @BindingName} types, bodies and results from the Java types (JSON Schema 2020-12), the
 * keys each needs, webhook signature headers, and the host's error contract. {@link
 * org.functions4j.api.ApiDoc} and {@link org.functions4j.api.ApiResponse} add what cannot be inferred.
 * The same catalog always gives the same document (functions and paths in a fixed order).
 */
public final class OpenApiDocument {
    /** The methods an OpenAPI path item can hold, for functions that take any method. */
    private static final Set<HttpMethod> ALL_METHODS = EnumSet.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.POST,
            HttpMethod.DELETE, HttpMethod.OPTIONS, HttpMethod.HEAD, HttpMethod.PATCH, HttpMethod.TRACE);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)); // version "1.0" stays a string

    private OpenApiDocument() {
    }

    /**
     * The document of an app's functions.
     *
     * @param catalog the functions the app serves
     * @param info the title, version and description
     * @return the document
     */
    public static ObjectNode of(FunctionCatalog catalog, ApiInfo info) {
        TypeSchemas types = new TypeSchemas();
        Operations operations = new Operations(types);
        ObjectNode document = NODES.objectNode().put("openapi", "3.1.0");
        ObjectNode infoNode = document.putObject("info").put("title", info.title()).put("version", info.version());
        if (info.description() != null && !info.description().isBlank()) {
            infoNode.put("description", info.description());
        }
        ObjectNode paths = document.putObject("paths");
        Map<String, String> pathByShape = new HashMap<>(); // OpenAPI: /a/{x} and /a/{y} are one path
        Set<String> tags = new TreeSet<>();
        List<FunctionDefinition> functions = new ArrayList<>(catalog.functions());
        functions.sort(Comparator.comparing(FunctionDefinition::name, String.CASE_INSENSITIVE_ORDER));
        for (FunctionDefinition function : functions) {
            List<RoutePaths.Variant> variants = RoutePaths.of(catalog.routePrefix(), RouteTemplate.parse(function.routeTemplate()));
            Set<HttpMethod> methods = function.trigger().methods().isEmpty() ? ALL_METHODS
                    : EnumSet.copyOf(function.trigger().methods());
            methods.retainAll(ALL_METHODS);
            boolean single = variants.size() == 1 && methods.size() == 1;
            for (int i = 0; i < variants.size(); i++) {
                RoutePaths.Variant variant = variants.get(i);
                String path = pathByShape.computeIfAbsent(variant.shape(), shape -> variant.path());
                ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
                for (HttpMethod method : methods) {
                    String key = method.name().toLowerCase(Locale.ROOT);
                    String id = function.name() + (single ? "" : "_" + key + (i == 0 ? "" : "_" + i));
                    ObjectNode operation = operations.of(function, variant.renamedAs(path), method, id);
                    if (item.has(key)) {
                        alsoServedBy((ObjectNode) item.get(key), operation);
                    } else {
                        item.set(key, operation);
                    }
                    operation.withArray("tags").forEach(tag -> tags.add(tag.asText()));
                }
            }
        }
        ArrayNode tagList = document.putArray("tags");
        tags.forEach(tag -> tagList.addObject().put("name", tag));
        ObjectNode components = document.putObject("components");
        ObjectNode schemas = types.components();
        ErrorContract.schemas(schemas);
        components.set("schemas", schemas);
        components.set("responses", ErrorContract.responses());
        components.set("securitySchemes", securitySchemes());
        return document;
    }

    /** The document as JSON, indented. */
    public static String json(JsonNode document) {
        try {
            return JSON.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as YAML. */
    public static String yaml(JsonNode document) {
        try {
            return YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Overrides merged into a document: objects member by member, anything else replaced (a small
     * JSON file with {@code info}, {@code servers}, {@code tags}, {@code externalDocs}...).
     */
    public static ObjectNode merged(ObjectNode document, JsonNode overrides) {
        for (Iterator<Map.Entry<String, JsonNode>> it = overrides.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode current = document.get(field.getKey());
            if (current instanceof ObjectNode object && field.getValue().isObject()) {
                merged(object, field.getValue());
            } else {
                document.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return document;
    }

    /**
     * Two functions on one path shape and method (routes told apart by constraints, {@code {id:int}}
     * and {@code {slug:alpha}}): one operation says both, and its parameters accept either's values.
     */
    private static void alsoServedBy(ObjectNode existing, ObjectNode other) {
        String note = "Also served by " + other.get("operationId").asText() + " for the values its constraints accept.";
        existing.put("description", existing.has("description") ? existing.get("description").asText() + "\n\n" + note : note);
        if (existing.has("parameters") && other.has("parameters")) {
            for (int i = 0; i < existing.get("parameters").size() && i < other.get("parameters").size(); i++) {
                ObjectNode mine = (ObjectNode) existing.get("parameters").get(i);
                JsonNode theirs = other.get("parameters").get(i);
                if ("path".equals(mine.path("in").asText()) && !mine.get("schema").equals(theirs.get("schema"))) {
                    ObjectNode either = NODES.objectNode();
                    either.putArray("anyOf").add(mine.get("schema")).add(theirs.get("schema"));
                    mine.set("schema", either);
                }
            }
        }
    }

    private static ObjectNode securitySchemes() {
        ObjectNode schemes = NODES.objectNode();
        schemes.putObject(Operations.FUNCTION_KEY).put("type", "apiKey").put("in", "header").put("name", "x-functions-key")
                .put("description", "The function's key, a host key, or the master key.");
        schemes.putObject(Operations.FUNCTION_KEY_QUERY).put("type", "apiKey").put("in", "query").put("name", "code")
                .put("description", "The same keys as x-functions-key, in the query.");
        schemes.putObject(Operations.MASTER_KEY).put("type", "apiKey").put("in", "header").put("name", "x-functions-key")
                .put("description", "The master key only.");
        schemes.putObject(Operations.MASTER_KEY_QUERY).put("type", "apiKey").put("in", "query").put("name", "code")
                .put("description", "The master key only, in the query.");
        return schemes;
    }
}
