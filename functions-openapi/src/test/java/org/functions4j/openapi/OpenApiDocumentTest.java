package org.functions4j.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import org.functions4j.openapi.app.ShopFunctions;
import org.functions4j.runtime.model.FunctionCatalog;
import org.junit.jupiter.api.Test;

/** The document of an app with every kind of route, binding, body, result, key level and webhook. */
class OpenApiDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode document = OpenApiDocument.of(FunctionCatalog.of(List.of(ShopFunctions.class), "api"),
            new ApiInfo("Shop", "1.2.0", "The shop's functions."));

    /** swagger-parser (the reference parser of the OpenAPI tooling) reads it with no message, JSON and YAML. */
    @Test
    void isAValidOpenApi31Document() {
        for (String text : List.of(OpenApiDocument.json(document), OpenApiDocument.yaml(document))) {
            assertEquals(List.of(), validate(text));
        }
        assertEquals("3.1.0", document.get("openapi").asText());
        assertEquals("Shop", document.at("/info/title").asText());
        assertEquals("1.2.0", document.at("/info/version").asText());
    }

    /** A version that looks like a number stays a string in YAML (info.version must be one). */
    @Test
    void aNumberLikeVersionIsQuotedInYaml() {
        ObjectNode numbered = OpenApiDocument.of(FunctionCatalog.of(List.of(ShopFunctions.class), "api"),
                new ApiInfo("Shop", "1.0", null));
        String yaml = OpenApiDocument.yaml(numbered);
        assertTrue(yaml.contains("version: \"1.0\""), yaml.substring(0, 200));
        assertEquals(List.of(), validate(yaml));
    }

    @Test
    void optionalRouteParametersAreOnePathEachAndConstraintsTypeThem() {
        JsonNode full = document.at("/paths/~1api~1products~1{category}~1{id}/get");
        JsonNode shorter = document.at("/paths/~1api~1products~1{category}/get");
        assertEquals("Lists products of a category, or one", full.get("summary").asText());
        assertEquals("catalog", full.at("/tags/0").asText());
        assertEquals("Products_get", full.get("operationId").asText());
        assertEquals("Products_get_1", shorter.get("operationId").asText());
        assertEquals("{\"type\":\"string\",\"pattern\":\"^[A-Za-z]*$\"}", parameter(full, "category").get("schema").toString());
        assertEquals("{\"type\":\"integer\",\"format\":\"int32\"}", parameter(full, "id").get("schema").toString());
        assertTrue(parameter(full, "id").get("required").asBoolean(), "path parameters are required in OpenAPI");
        assertEquals(null, parameter(shorter, "id"));
        JsonNode limit = parameter(full, "limit");
        assertEquals("query", limit.get("in").asText());
        assertTrue(limit.get("required").asBoolean(), "a primitive: missing is a 400");
        assertFalse(parameter(full, "sort").get("required").asBoolean());
        assertFalse(full.has("security"), "anonymous");
        assertFalse(full.has("requestBody"), "no body on GET");
        assertEquals("#/components/schemas/Product", full.at("/responses/200/content/application~1json/schema/items/$ref")
                .asText());
    }

    @Test
    void aPojoBodyIsAJsonSchemaThatRespectsJacksonAndTheKeysAreTheSecurity() {
        JsonNode post = document.at("/paths/~1api~1products/post");
        assertTrue(document.at("/paths/~1api~1products/put").isObject());
        assertEquals("#/components/schemas/Product", post.at("/requestBody/content/application~1json/schema/$ref").asText());
        assertTrue(post.at("/requestBody/required").asBoolean());
        assertEquals("#/components/schemas/Product", post.at("/responses/200/content/application~1json/schema/$ref").asText(),
                "a CompletionStage's result");
        JsonNode product = document.at("/components/schemas/Product");
        assertTrue(product.at("/properties/sku").isObject(), "@JsonProperty's name");
        assertFalse(product.at("/properties").has("internalNote"), "@JsonIgnore");
        assertFalse(product.at("/properties").has("id"));
        assertEquals("[\"sku\"]", product.get("required").toString(), "@JsonProperty(required = true)");
        assertEquals("[{\"functionKey\":[]},{\"functionKeyQuery\":[]}]", post.get("security").toString());
        assertEquals("x-functions-key", document.at("/components/securitySchemes/functionKey/name").asText());
        assertEquals("code", document.at("/components/securitySchemes/functionKeyQuery/name").asText());
        assertEquals("#/components/responses/Unauthorized", post.at("/responses/401/$ref").asText());
        for (String status : List.of("400", "413", "429", "500")) {
            assertTrue(post.at("/responses/" + status + "/$ref").asText().startsWith("#/components/responses/"), status);
        }
    }

    @Test
    void catchAllBytesAdminVoidAndDeclaredResponses() {
        JsonNode files = document.at("/paths/~1api~1files~1{path}/get");
        assertTrue(parameter(files, "path").get("description").asText().contains("'/'"));
        assertEquals("binary", files.at("/responses/200/content/application~1octet-stream/schema/format").asText());
        assertTrue(document.at("/paths/~1api~1files/get").isObject(), "a catch-all may be empty");
        JsonNode order = document.at("/paths/~1api~1orders~1{id}/delete");
        assertEquals("uuid", parameter(order, "id").at("/schema/format").asText());
        assertEquals("[{\"masterKey\":[]},{\"masterKeyQuery\":[]}]", order.get("security").toString());
        assertTrue(order.at("/responses/204").isObject(), "void: 204");
        assertEquals("#/components/responses/NotFound", order.at("/responses/404/$ref").asText());
        JsonNode stock = document.at("/paths/~1api~1stock~1{sku}~1{from}/get");
        assertEquals("{\"type\":\"string\",\"minLength\":3,\"maxLength\":12}", parameter(stock, "sku").get("schema").toString());
        assertEquals("{\"type\":\"integer\",\"minimum\":1,\"maximum\":99}", parameter(stock, "from").get("schema").toString());
        assertEquals("When left out: 1.", parameter(stock, "from").get("description").asText());
        assertEquals("In stock", stock.at("/responses/200/description").asText());
        assertEquals("No such product", stock.at("/responses/404/description").asText(), "declared wins over the contract");
        JsonNode notes = document.at("/paths/~1api~1Notes/post");
        assertFalse(notes.at("/requestBody/required").asBoolean(), "Optional<String>");
        assertEquals("string", notes.at("/requestBody/content/text~1plain/schema/type").asText());
    }

    @Test
    void webhooksNameTheirSignatureHeaders() {
        JsonNode push = document.at("/paths/~1api~1Push/post");
        assertTrue(parameter(push, "X-Hub-Signature-256").get("required").asBoolean());
        assertTrue(parameter(push, "X-GitHub-Event").get("required").asBoolean());
        assertFalse(push.has("security"), "the signature is the proof");
        assertEquals("#/components/responses/WebhookRejected", push.at("/responses/400/$ref").asText());
        JsonNode command = document.at("/paths/~1api~1Command/post");
        assertTrue(parameter(command, "X-Slack-Signature").isObject());
        assertTrue(command.at("/requestBody/content/application~1x-www-form-urlencoded").isObject());
        JsonNode hook = document.at("/paths/~1api~1Hook/post");
        assertEquals("[{\"functionKeyQuery\":[]}]", hook.get("security").toString());
        assertEquals("query", parameter(hook, "clientid").get("in").asText());
    }

    @Test
    void theSameAppGivesTheSameDocument() {
        assertEquals(OpenApiDocument.json(document), OpenApiDocument.json(OpenApiDocument.of(
                FunctionCatalog.of(List.of(ShopFunctions.class), "api"), new ApiInfo("Shop", "1.2.0", "The shop's functions."))));
    }

    @Test
    void overridesMergeIntoTheDocument() throws Exception {
        ObjectNode merged = OpenApiDocument.merged(document.deepCopy(), JSON.readTree(
                "{\"info\": {\"title\": \"Shop API\", \"contact\": {\"name\": \"Ann\"}}, \"servers\": [{\"url\": \"https://shop.example\"}]}"));
        assertEquals("Shop API", merged.at("/info/title").asText());
        assertEquals("1.2.0", merged.at("/info/version").asText(), "the rest stays");
        assertEquals("Ann", merged.at("/info/contact/name").asText());
        assertEquals("https://shop.example", merged.at("/servers/0/url").asText());
        assertEquals(List.of(), validate(OpenApiDocument.json(merged)));
    }

    static List<String> validate(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(text, null, options);
        List<String> messages = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
        if (result.getOpenAPI() == null) {
            messages.add("not read as OpenAPI");
        }
        return messages;
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.get("name").asText().equals(name)) {
                return parameter;
            }
        }
        return null;
    }
}
