package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.server.testapp.TestFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document and Swagger UI, served under the route prefix (--openapi, functions4j.openapi). */
class OpenApiServingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    Path dir;

    @Test
    void openApiServesTheDocumentAndSwaggerUiWithoutAKey() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path appClasses = TestServers.classesOf(TestFunctions.class);
        FunctionsServer.Launch launch = FunctionsServer.launch(new String[] {"--openapi", "--classpath",
            appClasses.toString(), "--packages", "org.functions4j.server.envapp", "--port", "0", "--host", "127.0.0.1",
            "--secrets", dir.resolve("secrets").toString()}, Map.of(), new PrintStream(out, true), new PrintStream(out, true));
        try (FunctionsServer server = launch.server()) {
            assertEquals(0, launch.status(), out::toString);
            String base = "http://127.0.0.1:" + server.port();
            assertTrue(out.toString().contains("OpenAPI: http://127.0.0.1:" + server.port() + "/api/openapi.json, Swagger UI: "),
                    out.toString());
            HttpResponse<String> document = get(base + "/api/openapi.json", null);
            assertEquals(200, document.statusCode());
            assertEquals("application/json; charset=utf-8", document.headers().firstValue("content-type").orElseThrow());
            JsonNode json = JSON.readTree(document.body());
            assertEquals("3.1.0", json.get("openapi").asText());
            assertEquals(List.of("/api/setting/{name}", "/api/Switched", "/api/ThreadKind"), iterate(json.get("paths").fieldNames()),
                    "functions by name");

            HttpResponse<String> bare = get(base + "/api/swagger-ui?code=abc", null);
            assertEquals(302, bare.statusCode());
            assertEquals("/api/swagger-ui/?code=abc", bare.headers().firstValue("location").orElseThrow());
            HttpResponse<String> page = get(base + "/api/swagger-ui/", null);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("swagger-ui-bundle.js") && page.body().contains("../openapi.json"), page.body());
            HttpResponse<String> bundle = get(base + "/api/swagger-ui/swagger-ui-bundle.js", null);
            assertEquals(200, bundle.statusCode());
            assertEquals("text/javascript; charset=utf-8", bundle.headers().firstValue("content-type").orElseThrow());
            assertTrue(bundle.body().length() > 100_000, "the webjar's bundle");
            assertEquals(404, get(base + "/api/swagger-ui/no-such-file.js", null).statusCode());
            assertEquals(404, get(base + "/api/swagger-ui/%2e%2e%2fsecrets", null).statusCode());
            assertEquals(200, get(base + "/api/Switched", null).statusCode(), "the functions still serve");
        }
    }

    @Test
    void hostJsonTurnsItOnBehindTheMasterKey() throws Exception {
        try (FunctionsServer server = TestServers.start(List.of(TestFunctions.class), HostConfig.parse(
                "{\"functions4j\": {\"openapi\": {\"enabled\": true, \"title\": \"Tests\", \"version\": \"2.0\"}}}",
                "host.json"))) {
            String base = "http://127.0.0.1:" + server.port();
            assertEquals(401, get(base + "/api/openapi.json", null).statusCode());
            String master = server.app().secrets().master().orElseThrow();
            HttpResponse<String> document = get(base + "/api/openapi.json", master);
            assertEquals(200, document.statusCode());
            assertEquals("Tests", JSON.readTree(document.body()).at("/info/title").asText());
            assertEquals("2.0", JSON.readTree(document.body()).at("/info/version").asText());
            assertEquals(401, get(base + "/api/swagger-ui/", null).statusCode());
        }
    }

    @Test
    void offByDefault() throws Exception {
        try (FunctionsServer server = TestServers.start(List.of(TestFunctions.class))) {
            String master = server.app().secrets().master().orElseThrow();
            assertEquals(404, get("http://127.0.0.1:" + server.port() + "/api/openapi.json", master).statusCode());
        }
    }

    private HttpResponse<String> get(String url, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (key != null) {
            request.header("x-functions-key", key);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> iterate(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
