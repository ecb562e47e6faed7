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
    /** The schemas of an http trigger and an http output alone: their precise messages replace the oneOf noise. */
    private final JsonSchema httpTrigger;
    private final JsonSchema httpOutput;

    DescriptorSchema() {
        try (InputStream in = DescriptorSchema.class.getResourceAsStream("function.schema.json")) {
            ObjectNode published = (ObjectNode) JSON.readTree(in);
            published.put("$schema", "http://json-schema.org/draft-07/schema#");
            if (published.has("id")) {
                published.set("$id", published.remove("id")); // draft-04 spelling of $id
            }
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
            schema = factory.getSchema(published);
            httpTrigger = factory.getSchema(alternative(published, "#/definitions/httpBinding/oneOf/0"));
            httpOutput = factory.getSchema(alternative(published, "#/definitions/httpBinding/oneOf/1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A schema that is one alternative of the published one, its definitions kept for references. */
    private static ObjectNode alternative(ObjectNode published, String pointer) {
        ObjectNode schema = JSON.createObjectNode().put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.set("definitions", published.get("definitions"));
        schema.put("$ref", pointer);
        return schema;
    }

    /**
     * Each violation as {@code <field>: <message>}; empty when the descriptor is valid. The whole
     * schema's {@code oneOf} over every binding type reports each failing alternative (thirty lines
     * for one wrong method), so an http binding's problems are reported as the http binding
     * schema alone sees them: one line per wrong field.
     */
    List<String> violations(JsonNode descriptor) {
        Set<ValidationMessage> messages = schema.validate(descriptor);
        if (messages.isEmpty()) {
            return List.of();
        }
        List<String> precise = new java.util.ArrayList<>();
        JsonNode bindings = descriptor.path("bindings");
        for (int i = 0; i < bindings.size(); i++) {
            String type = bindings.get(i).path("type").asText();
            JsonSchema binding = type.equals("httpTrigger") ? httpTrigger : type.equals("http") ? httpOutput : null;
            if (binding != null) {
                String at = "$.bindings[" + i + "]";
                binding.validate(bindings.get(i)).forEach(m -> precise.add(
                        at + m.getInstanceLocation().toString().substring(1) + ": " + m.getMessage()
                                .replaceFirst("^\\$[^:]*: ", "")));
            }
        }
        List<String> all = precise.isEmpty()
                ? messages.stream().map(m -> m.getInstanceLocation() + ": " + m.getMessage()).toList() : precise;
        return all.stream().distinct().sorted().toList();
    }
}
