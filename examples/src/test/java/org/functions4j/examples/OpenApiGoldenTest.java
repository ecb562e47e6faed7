package org.functions4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.functions4j.openapi.ApiInfo;
import org.functions4j.openapi.OpenApiDocument;
import org.functions4j.runtime.model.FunctionCatalog;
import org.functions4j.runtime.scan.FunctionScanner;
import org.junit.jupiter.api.Test;

/**
 * The examples' OpenAPI document is the golden file, byte for byte, and swagger-parser reads it with
 * no message. After a deliberate change, write the file again with -Dfunctions4j.updateGolden=true
 * and review the diff.
 */
class OpenApiGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "openapi.golden.json");

    @Test
    void theDocumentIsTheGoldenOne() throws Exception {
        Path classes = Path.of(Hello.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        FunctionCatalog catalog = FunctionCatalog.of(FunctionScanner.scanOnly(Hello.class.getClassLoader(), classes), "api");
        String document = OpenApiDocument.json(OpenApiDocument.of(catalog,
                new ApiInfo("Functions4J examples", "1.0", "The examples of the README.")));
        if (Boolean.getBoolean("functions4j.updateGolden")) {
            Files.writeString(GOLDEN, document);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(document, null, options);
        assertEquals(List.of(), parsed.getMessages(), "swagger-parser's messages");
        assertEquals(Files.readString(GOLDEN), document, "the examples' OpenAPI document changed: review it, then "
                + "write it again with -Dfunctions4j.updateGolden=true");
    }
}
