package org.functions4j.maven;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.functions4j.maven.fixtures.Descriptors;
import org.functions4j.openapi.ApiInfo;
import org.functions4j.openapi.OpenApiDocument;
import org.functions4j.runtime.model.FunctionCatalog;
import org.junit.jupiter.api.Test;

/** The goal's check: the OpenAPI Initiative's 3.1 schema accepts what the generator writes and refuses a broken document. */
class OpenApiSchemaTest {
    private final ObjectNode document = OpenApiDocument.of(FunctionCatalog.of(List.of(Descriptors.class), "api"),
            new ApiInfo("Fixtures", "1", null));

    @Test
    void acceptsTheGeneratedDocument() {
        assertNull(OpenApiSchema.problems(document));
    }

    @Test
    void refusesABrokenOne() {
        ObjectNode noInfo = document.deepCopy();
        noInfo.remove("info");
        assertNotNull(OpenApiSchema.problems(noInfo));
        ObjectNode badPath = document.deepCopy();
        ((ObjectNode) badPath.get("paths")).set("no-slash", badPath.get("paths").elements().next());
        String problems = OpenApiSchema.problems(badPath);
        assertTrue(problems != null && problems.contains("no-slash"), problems);
    }
}
