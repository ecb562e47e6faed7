package org.functions4j.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OpenAPI Initiative's JSON Schema of an OpenAPI 3.1 document (bundled unchanged), applied to
 * every document the {@code openapi} goal writes, so a build never publishes an invalid one.
 */
final class OpenApiSchema {
    private static final JsonSchema SCHEMA = load();

    private OpenApiSchema() {
    }

    /** The violations, one a line ({@code $.paths: message}), or null when the document is valid. */
    static String problems(JsonNode document) {
        Set<ValidationMessage> messages = SCHEMA.validate(document);
        return messages.isEmpty() ? null
                : messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; "));
    }

    private static JsonSchema load() {
        try (InputStream in = OpenApiSchema.class.getResourceAsStream("openapi-3.1.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
