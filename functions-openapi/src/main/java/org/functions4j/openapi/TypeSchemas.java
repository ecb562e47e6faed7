package org.functions4j.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.naming.DefaultSchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.generator.naming.SchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.generator.impl.DefinitionKey;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.lang.reflect.Type;

/**
 * JSON Schemas (draft 2020-12, OpenAPI 3.1's dialect) of the types bodies are read into and written
 * from, by victools' generator with its Jackson module ({@code @JsonProperty} names and
 * {@code required}, {@code @JsonIgnore}, {@code @JsonValue} enums): each class once, under
 * {@code components/schemas}, referenced where used.
 */
final class TypeSchemas {
    private final SchemaBuilder builder;

    TypeSchemas() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE, JacksonOption.RESPECT_JSONPROPERTY_ORDER))
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        // OpenAPI's component names are ^[a-zA-Z0-9._-]+$: Map(String,Long) becomes Map_String_Long
        DefaultSchemaDefinitionNamingStrategy names = new DefaultSchemaDefinitionNamingStrategy();
        config.forTypesInGeneral().withDefinitionNamingStrategy(new SchemaDefinitionNamingStrategy() {
            @Override
            public String getDefinitionNameForKey(DefinitionKey key, SchemaGenerationContext context) {
                return names.getDefinitionNameForKey(key, context).replaceAll("[^A-Za-z0-9._-]+", "_")
                        .replaceAll("_+$", "");
            }
        });
        this.builder = new SchemaGenerator(config.build()).buildMultipleSchemaDefinitions();
    }

    /** The schema of a type: a reference into {@code components/schemas} for a class, inline for the rest. */
    ObjectNode of(Type type) {
        return builder.createSchemaReference(type);
    }

    /** The schemas referenced so far, to be put under {@code components/schemas}; call once, at the end. */
    ObjectNode components() {
        return builder.collectDefinitions("components/schemas");
    }
}
