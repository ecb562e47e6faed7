package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.functions4j.runtime.model.FunctionCatalog;
import org.functions4j.server.testapp.TestFunctions;
import org.junit.jupiter.api.Test;

class BannerTest {
    @Test
    void listsFunctionsAsFuncStartDoes() {
        FunctionCatalog catalog = FunctionCatalog.of(List.of(TestFunctions.class), "api");
        String banner = Banner.render(catalog, "http://localhost:7071", "http://0.0.0.0:7071/", null);
        String[] lines = banner.split("\n");
        assertEquals("Functions:", lines[0]);
        assertEquals("", lines[1]);
        assertEquals("\tAdminOnly: [ALL] http://localhost:7071/api/AdminOnly", lines[2]);
        assertEquals("Listening on http://0.0.0.0:7071/", lines[lines.length - 1]);
        assertEquals(catalog.functions().size() + 4, lines.length);
    }

    @Test
    void saysSoWhenThereAreNoFunctions() {
        String banner = Banner.render(FunctionCatalog.of(List.of(), ""), "http://h:1", "http://h:1/", null);
        assertEquals("Functions:\n\n\t(no functions found: check --classpath and --packages)\n\nListening on http://h:1/\n",
                banner);
    }
}
