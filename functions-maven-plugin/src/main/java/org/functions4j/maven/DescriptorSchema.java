package org.functions4j.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The published {@code function.json} schema (SchemaStore, Apache-2.0), bundled unchanged and
 * applied with draft-07 semantics. It declares draft-04 but uses {@code const} (draft-06) in
 * {@code sqlBinding}; under draft-04 that keyword is ignored, the {@code sql} output alternative
 * then accepts any binding, and every {@code http} output binding matches two branches of the
 * schema's {@code oneOf}. Draft-07 honours {@code const}, as editors validating the file do.
 */
final class DescriptorSchema {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonSchema schema;

    DescriptorSchema() {
        try (InputStream in = DescriptorSchema.class.getResourceAsStream("function.schema.json")) {
            ObjectNode published = (ObjectNode) JSON.readTree(in);
            published.put("$schema", "http://json-schema.org/draft-07/schema#");
            if (published.has("id")) {
                published.set("$id", published.remove("id")); // draft-04 spelling of $id
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(published);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each violation as {@code <field>: <message>}; empty when the descriptor is valid. */
    List<String> violations(JsonNode descriptor) {
        Set<ValidationMessage> messages = schema.validate(descriptor);
        return messages.stream().map(m -> m.getInstanceLocation() + ": " + m.getMessage()).sorted().toList();
    }
}
