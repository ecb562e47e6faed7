package org.functions4j.containertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the example WAR must do in any servlet container, written once: each container module
 * extends it. The WAR is the one {@code examples-war} builds, deployed unchanged except for a
 * {@code web.xml} that points its secrets at a directory this test can read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class WarBehaviourSuite {
    /** Where the deployed app keeps its keys; the tests read them from here. */
    private static final Path SECRETS = newSecretsDirectory();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    private URL base;

    /**
     * The example WAR as built, plus a web.xml whose context parameter names the secrets directory.
     *
     * @return the deployment
     */
    @Deployment(testable = false)
    public static WebArchive war() {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "functions4j-examples.war")
                .importFrom(new File(System.getProperty("examples.war"))).as(WebArchive.class);
        return war.setWebXML(new StringAsset("""
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                  <context-param>
                    <param-name>functions4j.secrets</param-name>
                    <param-value>%s</param-value>
                  </context-param>
                </web-app>""".formatted(SECRETS)));
    }

    private static Path newSecretsDirectory() {
        try {
            return Files.createTempDirectory("functions4j-war").resolve("secrets");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
    }

    /** A function's default key, read from the store's files (their documented format). */
    private static String functionKey(String function) throws IOException {
        return JSON.readTree(SECRETS.resolve(function.toLowerCase() + ".json").toFile()).get("keys").get(0)
                .get("value").asText();
    }

    private static String masterKey() throws IOException {
        return JSON.readTree(SECRETS.resolve("host.json").toFile()).get("masterKey").get("value").asText();
    }

    /** Which container this is: "jetty" or "tomcat", the column of {@link #decodesPathsAsTheContainerAllows}. */
    protected abstract String container();

    /**
     * Paths the container decodes before the functions see them: what each container answers to
     * DELETE on the Forget function ({@code items/{item}}, 204). The embedded server's column, for
     * comparison, is asserted by functions-server's PathDecodingTest; where a container says 400, it
     * refused the path itself (Jetty's default URI compliance, Tomcat's defaults for %2F and %5C).
     * path | embedded | jetty | tomcat
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/items/a%2Fb              | 204 | 400 | 400
            /api/items/a%25b              | 204 | 400 | 204
            /api/items/a%5Cb              | 204 | 400 | 400
            /api/items/%C3%C3%A1          | 204 | 400 | 400
            /api/items/x/../old           | 204 | 204 | 204
            /api/items/x/%2e%2e/old       | 204 | 400 | 204
            /api//items/x                 | 404 | 400 | 404
            /api/items/%1                 | 400 | 400 | 400
            /api/items/x%20               | 204 | 204 | 204
            /api/items/..%2F..%2Fadmin    | 204 | 400 | 400
            /api/../admin/host/ping       | 405 | 405 | 405
            /api/items/a%00b              | 400 | 400 | 400
            """)
    void decodesPathsAsTheContainerAllows(String path, int embedded, int jetty, int tomcat) throws Exception {
        String context = base.getPath().replaceAll("/$", "");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("DELETE " + context + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertEquals(container().equals("jetty") ? jetty : tomcat, Integer.parseInt(response.substring(9, 12)),
                    response);
        }
    }

    /** method | path under the context | status | body */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            GET    | /api/products/electronics/357 | 200 | electronics item with id = 357 has been requested.
            GET    | /api/PRODUCTS/electronics     | 200 | All electronics items were requested.
            GET    | /api/products/123             | 404 | ''
            POST   | /api/products/electronics     | 405 | ''
            GET    | /api/Hello?name=Ann           | 401 | ''
            GET    | /api/Stats                    | 401 | ''
            DELETE | /api/items/old-shoes          | 204 | ''
            GET    | /api/Welcome?name=Ann         | 200 | 'Welcome, Ann!'
            GET    | /admin/host/ping              | 200 | ''
            GET    | /admin/host/keys              | 401 | ''
            """)
    void answersAsOnTheEmbeddedServer(String method, String path, int status, String body) throws Exception {
        HttpResponse<String> response = send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
        assertEquals(status, response.statusCode(), response::body);
        assertEquals(body, response.body());
        if (status == 405) {
            assertEquals("GET", response.headers().firstValue("Allow").orElse(""));
        }
    }

    @Test
    void acceptsTheFunctionsKey() throws Exception {
        String key = functionKey("Hello");
        HttpResponse<String> response = send(request("/api/Hello?name=Ann").header("x-functions-key", key));
        assertEquals(200, response.statusCode());
        assertEquals("Hello, Ann", response.body());
    }

    @Test
    void keepsTheErrorContract() throws Exception {
        HttpResponse<String> response = send(request("/api/Echo").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{not json")));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().startsWith("{\"error\":\"The request body is not valid JSON"), response.body());
    }

    @Test
    void checksAGitHubSignature() throws Exception {
        String key = functionKey("GitHubComment");
        byte[] body = "{\"comment\":{\"body\":\"Ship it ✓\"}}".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        HttpRequest.Builder signed = request("/api/GitHubComment").header("Content-Type", "application/json")
                .header("X-GitHub-Event", "issue_comment")
                .header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(mac.doFinal(body)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> response = send(signed);
        assertEquals(200, response.statusCode(), response::body);
        assertEquals("{\"body\":\"New GitHub comment: Ship it ✓\"}", response.body());
        body[3] ^= 1;
        assertEquals(400, send(request("/api/GitHubComment").header("X-GitHub-Event", "issue_comment")
                .header("X-Hub-Signature-256", "sha256=0000").POST(HttpRequest.BodyPublishers.ofByteArray(body)))
                .statusCode());
    }

    @Test
    void servesTheAdminApiToTheMasterKey() throws Exception {
        String master = masterKey();
        HttpResponse<String> response = send(request("/admin/functions/Hello/keys").header("x-functions-key", master));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"name\":\"default\""), response.body());
    }
}
