package org.functions4j.azureports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.functions.Function;
import com.microsoft.azure.functions.endtoend.HttpTriggerTests;
import java.util.List;
import org.functions4j.runtime.testing.LogCapture;
import org.functions4j.server.FunctionsServer;
import org.functions4j.server.HttpExchange;
import org.functions4j.server.HttpExchange.Request;
import org.functions4j.server.TestServers;
import org.functions4j.server.Transport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Azure's own HTTP functions, ported by changing imports only, served by the embedded server and
 * called as their own end-to-end tests call them: GET /api/{function}{query} with
 * {@code Accept: text/plain}; the status must match and, when a message is expected, the body
 * must contain it (Azure/azure-functions-java-worker, endtoendtests/Azure.Functions.Java.Tests.E2E/
 * Utilities.cs, InvokeHttpTrigger).
 */
class AzurePortsTest {
    private static FunctionsServer worker;
    private static FunctionsServer samples;
    private static List<String> loadWarnings;

    @BeforeAll
    static void start() throws Exception {
        // Two apps, as on Azure: both define HttpTriggerJavaVersion.
        try (LogCapture logs = LogCapture.of("org.functions4j.runtime.model")) {
            worker = TestServers.start(List.of(HttpTriggerTests.class));
            samples = TestServers.start(List.of(Function.class));
            loadWarnings = logs.texts();
        }
    }

    /** The samples' @FixedDelayRetry compiles and loads; the host says once that it has no effect. */
    @Test
    void warnsThatARetryPolicyOnAnHttpFunctionDoesNothing() {
        assertEquals(List.of("com.functions.Function.HttpExampleRetry (function 'HttpExampleRetry'): its retry policy is"
                + " ignored; HTTP-triggered functions are not retried (on Azure neither)"), loadWarnings);
    }

    @AfterAll
    static void stop() {
        worker.close();
        samples.close();
    }

    private static HttpExchange invoke(FunctionsServer server, String function, String query) throws Exception {
        return Transport.inMemory(server).send(Request.of("GET", "/api/" + function + query)
                .header("Accept", "text/plain"));
    }

    /**
     * HttpEndToEndTests.cs (test name beside each row). Rows for functions not ported (see
     * HttpTriggerTests.java) are not here: HttpTriggerJava ("?&name=Test" 200 "Test"; "" 400) and the
     * HttpExample-retry functions, which the worker's current HttpTriggerTests.java no longer has.
     * function | query | status | message expected in the body
     */
    @ParameterizedTest(name = "{0}{1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            HttpTriggerJavaMetadata | ?&firstName=John&lastName=Doe | 200 | JohnDoe
            HttpTriggerJavaThrows   | ``                            | 500 | ``
            HttpTriggerCustomCode   | ?&name=Test                   | 209 | Test
            HttpTriggerWaitMethod   | ?name=Test                    | 200 | Test
            HttpTriggerNotifyMethod | ``                            | 400 | Please pass a name on the query string or in the request body
            HttpTriggerJavaVersion  | ``                            | 200 | HttpTriggerJavaVersion
            """)
    void answersTheWorkersEndToEndCases(String function, String query, int status, String message) throws Exception {
        HttpExchange response = invoke(worker, function, query);
        assertEquals(status, response.status(), response::text);
        assertTrue(response.text().contains(message), response::text);
    }

    /** HttpTriggerJavaStatic1 and 2 share a static counter: state lives as long as the app. */
    @Test
    void staticStateIsSharedBetweenFunctions() throws Exception {
        int first = Integer.parseInt(invoke(worker, "HttpTriggerJavaStatic1", "").text());
        assertEquals(String.valueOf(first + 1), invoke(worker, "HttpTriggerJavaStatic2", "").text());
    }

    /**
     * The samples' Function.java, as its README's curl lines call it. HttpExampleRetry fails twice
     * and then answers: HTTP triggers are not retried (on Azure neither), so each failure reaches the
     * client as a 500.
     */
    @Test
    void answersTheSamplesAsTheirReadmeSays() throws Exception {
        HttpExchange query = invoke(samples, "HttpExample", "?name=HTTP%20Query");
        assertEquals(200, query.status());
        assertEquals("Hello, HTTP Query", query.text());
        HttpExchange body = Transport.inMemory(samples).send(Request.of("POST", "/api/HttpExample").body("HTTP Body"));
        assertEquals("Hello, HTTP Body", body.text());
        assertEquals(400, invoke(samples, "HttpExample", "").status());
        assertEquals(500, invoke(samples, "HttpExampleRetry", "?name=Test").status());
        assertEquals(500, invoke(samples, "HttpExampleRetry", "?name=Test").status());
        assertEquals("Test", invoke(samples, "HttpExampleRetry", "?name=Test").text());
        assertTrue(invoke(samples, "HttpTriggerJavaVersion", "").text().contains(System.getProperty("java.version")));
    }
}
