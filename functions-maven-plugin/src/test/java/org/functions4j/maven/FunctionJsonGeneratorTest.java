package org.functions4j.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import org.functions4j.maven.fixtures.Descriptors;
import org.functions4j.runtime.model.FunctionCatalog;
import org.functions4j.runtime.model.FunctionDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionJsonGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FunctionCatalog CATALOG = FunctionCatalog.of(List.of(Descriptors.class), "api");
    private final FunctionJsonGenerator generator = new FunctionJsonGenerator(JSON);
    private final DescriptorSchema schema = new DescriptorSchema();

    private static FunctionDefinition function(String name) {
        return CATALOG.functions().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Minimal", "Full", "Hook", "Output", "Void", "Retry", "Backoff"})
    void generatesTheGoldenDescriptorAndItIsSchemaValid(String name) throws Exception {
        ObjectNode generated = generator.generate(function(name), "../app.jar");
        JsonNode golden;
        try (InputStream in = getClass().getResourceAsStream("/golden/" + name + ".json")) {
            golden = JSON.readTree(in);
        }
        assertEquals(golden, generated, "compared as JSON trees, not as text");
        assertEquals(List.of(), schema.violations(generated));
    }

    /** a change to a valid descriptor | the field the schema names */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            methods=connect      | $.bindings[0].methods[0]
            methods=GET          | $.bindings[0].methods[0]
            authLevel=FUNCTION   | $.bindings[0].authLevel
            direction=sideways   | $.bindings[0].direction
            dataType=text        | $.bindings[0].dataType
            """)
    void theSchemaNamesTheFieldThatIsWrong(String change, String field) {
        ObjectNode descriptor = generator.generate(function("Full"), "../app.jar");
        String[] parts = change.split("=");
        ObjectNode trigger = (ObjectNode) descriptor.get("bindings").get(0);
        if (parts[0].equals("methods")) {
            trigger.putArray("methods").add(parts[1]);
        } else {
            trigger.put(parts[0], parts[1]);
        }
        List<String> violations = schema.violations(descriptor);
        assertEquals(1, violations.size(), () -> "one line naming the field, not the oneOf noise: " + violations);
        assertTrue(violations.get(0).startsWith(field + ": "), violations::toString);
    }

    @Test
    void everyExampleShapeIsAcceptedByThePublishedSchema() {
        for (FunctionDefinition function : CATALOG.functions()) {
            assertEquals(List.of(), schema.violations(generator.generate(function, "../app.war")), function::name);
        }
    }
}
