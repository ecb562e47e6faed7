package org.functions4j.azureapps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.functions.Function;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.runtime.model.DefinitionException;
import org.functions4j.runtime.model.RetrySpec;
import org.functions4j.runtime.scan.FunctionScanner;
import org.functions4j.runtime.testing.LogCapture;
import org.functions4j.server.FunctionsServer;
import org.functions4j.server.HttpExchange;
import org.functions4j.server.HttpExchange.Request;
import org.functions4j.server.TestServers;
import org.functions4j.server.Transport;
import org.functions4j.azureapps.mixed.MixedApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Apps compiled against Azure's own library, not a line changed (issue 17.1): found by the scan,
 * served with Azure's request, context, builder, response and output types as adapters over the
 * runtime's objects.
 */
class AzureAppsTest {
    private static FunctionsServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.start(List.of(Function.class, AzureShapes.class));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpExchange send(Request request) throws Exception {
        return Transport.inMemory(server).send(request);
    }

    @Test
    void theScanFindsAzureAnnotatedFunctions() {
        List<Class<?>> classes = FunctionScanner.scan(AzureAppsTest.class.getClassLoader(), false,
                List.of("com.functions", "org.functions4j.azureapps"), List.of());
        assertTrue(classes.contains(Function.class) && classes.contains(AzureShapes.class), classes::toString);
    }

    /**
     * Azure-Samples/azure-functions-samples-java Function.java, served as its README's curl lines
     * call it. method | path | body | status | response body
     */
    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            GET  | /api/HttpExample?name=HTTP%20Query | ``        | 200 | Hello, HTTP Query
            POST | /api/HttpExample                   | HTTP Body | 200 | Hello, HTTP Body
            GET  | /api/HttpExample                   | ``        | 400 | Please pass a name on the query string or in the request body
            """)
    void servesTheSamplesUnchanged(String method, String path, String body, int status, String expected)
            throws Exception {
        Request request = Request.of(method, path);
        HttpExchange response = send(body.isEmpty() ? request : request.body(body));
        assertEquals(status, response.status(), response::text);
        assertEquals(expected, response.text());
    }

    @Test
    void aRetryPolicyDoesNotRetryAnHttpFunction() throws Exception {
        assertEquals(500, send(Request.of("GET", "/api/HttpExampleRetry?name=Test")).status());
        assertEquals(500, send(Request.of("GET", "/api/HttpExampleRetry?name=Test")).status());
        assertEquals("Test", send(Request.of("GET", "/api/HttpExampleRetry?name=Test")).text());
        assertTrue(send(Request.of("GET", "/api/HttpTriggerJavaVersion")).text()
                .contains(System.getProperty("java.version")));
    }

    /** Microsoft's plugin 1.37.0 writes this sample's retry as {"strategy":"fixedDelay","maxRetryCount":3,"delayInterval":"00:00:05"}. */
    @Test
    void azuresRetryAnnotationIsReadForTheDescriptor() {
        Method retried = Stream.of(Function.class.getMethods()).filter(m -> m.getName().equals("HttpExampleRetry"))
                .findFirst().orElseThrow();
        assertEquals(Optional.of(new RetrySpec("fixedDelay", 3, "00:00:05", null, null)), RetrySpec.of(retried));
    }

    @Test
    void anAzureOutputBindingMakesTheResponse() throws Exception {
        HttpExchange response = send(Request.of("POST", "/api/Output").body("it"));
        assertEquals(201, response.status());
        assertEquals("yes", response.header("X-Made"));
        assertEquals("made it", response.text());
    }

    @Test
    void azureStatusTypesBindingNamesAndTheContextWork() throws Exception {
        HttpExchange response = send(Request.of("GET", "/api/items/7")
                .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
        assertEquals(209, response.status());
        assertEquals("7 Custom GET 0af7651916cd43dd8448eb211c80319c", response.text());
    }

    @Test
    void anAppsOwnResponseImplementationIsReadThroughAzuresInterface() throws Exception {
        HttpExchange response = send(Request.of("GET", "/api/Own"));
        assertEquals(202, response.status());
        assertEquals("a,b", response.text());
        assertTrue(response.header("Content-Type").startsWith("text/csv"), response.header("Content-Type"));
    }

    @Test
    void keysApplyToAzureFunctionsToo() throws Exception {
        assertEquals(401, send(Request.of("POST", "/api/Keyed").body("{\"a\":1}")).status());
        String key = server.app().secrets().master().orElseThrow();
        HttpExchange response = send(Request.of("POST", "/api/Keyed").header("x-functions-key", key)
                .header("Content-Type", "application/json").body("{\"a\":1}"));
        assertEquals("{\"echo\":{\"a\":1}}", response.text());
    }

    /** A queue function stops the app naming it and its binding, unless skipped; then HTTP ones are served. */
    @Test
    void aMixedAppFailsNamingTheBindingOrServesItsHttpFunctions() throws Exception {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> TestServers.start(List.of(MixedApp.class)));
        assertTrue(e.getMessage().contains("MixedApp.drain (function 'Drain'): uses @QueueTrigger, a binding this host"
                + " does not serve"), e::getMessage);
        assertTrue(e.getMessage().contains("MixedApp.enrich (function 'Enrich'): uses @CustomBinding"), e::getMessage);
        try (LogCapture logs = LogCapture.of("org.functions4j.runtime.model");
             FunctionsServer mixed = TestServers.start(List.of(MixedApp.class),
                     HostConfig.parse("{\"functions4j\": {\"skipUnsupportedFunctions\": true}}", "host.json"))) {
            assertEquals("pong", Transport.inMemory(mixed).send(Request.of("GET", "/api/Ping")).text());
            assertEquals(404, Transport.inMemory(mixed).send(Request.of("GET", "/api/Drain")).status());
            assertEquals(404, Transport.inMemory(mixed).send(Request.of("GET", "/api/Enrich")).status());
            assertTrue(logs.texts().stream().anyMatch(t -> t.contains("function 'Drain'") && t.contains("not served")),
                    logs.texts()::toString);
        }
    }
}
