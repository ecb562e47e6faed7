package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.server.logapp.Slf4jFunctions;
import org.functions4j.server.testapp.TestFunctions;
import org.functions4j.server.traceapp.TracedFunctions;
import org.junit.jupiter.api.Test;

/** {@code --json-logs}: one JSON object a line; a function's lines carry its name, invocation id and trace id. */
class JsonLogsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void aFunctionsLineCarriesItsInvocation() throws Exception {
        Logger function = Logger.getLogger("Function.Logs");
        List<String> lines = new CopyOnWriteArrayList<>();
        List<String> plain = new CopyOnWriteArrayList<>();
        JsonLogFormatter json = new JsonLogFormatter();
        Handler capture = new Capture(record -> {
            lines.add(json.format(record));
            plain.add(record.getMessage());
        });
        function.addHandler(capture);
        try (FunctionsServer server = TestServers.start(List.of(TestFunctions.class))) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/Logs"))
                    .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
        } finally {
            function.removeHandler(capture);
        }
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).endsWith(System.lineSeparator()) && lines.get(0).strip().indexOf('\n') < 0, "one line");
        JsonNode line = JSON.readTree(lines.get(0));
        assertEquals("INFO", line.get("level").asText());
        assertEquals("Function.Logs", line.get("logger").asText());
        assertEquals("logged by the function", line.get("message").asText(), "the function's own words");
        assertEquals("Logs", line.get("functionName").asText());
        assertEquals(TRACE_ID, line.get("traceId").asText(), "the caller's trace");
        String invocationId = line.get("invocationId").asText();
        assertEquals(36, invocationId.length());
        assertTrue(line.get("time").asText().endsWith("Z"), "UTC, ISO-8601");
        assertEquals("[" + invocationId + "] logged by the function", plain.get(0), "plain lines keep the id in front");
    }

    /**
     * SLF4J from a function (azure-functions-java-library#71): the app bundles its own slf4j-api, yet
     * its lines land in the server's log stream, tied to the invocation.
     */
    @Test
    void aFunctionsSlf4jLinesLandInTheStreamWithTheInvocation() throws Exception {
        Path appClasses = TestServers.classesOf(Slf4jFunctions.class);
        Path bundledSlf4j = TestServers.classesOf(org.slf4j.Logger.class);
        Logger appLogger = Logger.getLogger(Slf4jFunctions.class.getName());
        List<String> lines = new CopyOnWriteArrayList<>();
        JsonLogFormatter json = new JsonLogFormatter();
        Handler capture = new Capture(record -> lines.add(json.format(record)));
        appLogger.addHandler(capture);
        appLogger.setLevel(Level.INFO); // an app's package; this test app's lies under the host's, quiet without --verbose
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FunctionsServer.Launch launch = FunctionsServer.launch(new String[] {"--classpath",
            appClasses + File.pathSeparator + bundledSlf4j, "--packages", "org.functions4j.server.logapp", "--port", "0",
            "--host", "127.0.0.1", "--secrets", Files.createTempDirectory("slf4j").resolve("secrets").toString()},
                Map.of(), new PrintStream(out, true), new PrintStream(out, true));
        try (FunctionsServer server = launch.server()) {
            assertEquals(0, launch.status(), out::toString);
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/Slf4j"))
                    .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("logged", response.body());
        } finally {
            appLogger.removeHandler(capture);
            appLogger.setLevel(null);
        }
        assertEquals(1, lines.size(), lines::toString);
        JsonNode line = JSON.readTree(lines.get(0));
        assertEquals("logged through SLF4J", line.get("message").asText());
        assertEquals(Slf4jFunctions.class.getName(), line.get("logger").asText());
        assertEquals("Slf4j", line.get("functionName").asText());
        assertEquals(36, line.get("invocationId").asText().length());
        assertEquals(TRACE_ID, line.get("traceId").asText());
    }

    /** The runtime's own lines about an invocation carry it too: here the timeout's, written by the deadline sweeper. */
    @Test
    void theRuntimesLineAboutATimeoutCarriesTheInvocation() throws Exception {
        Logger execution = Logger.getLogger("org.functions4j.runtime.pipeline.Execution");
        List<String> lines = new CopyOnWriteArrayList<>();
        JsonLogFormatter json = new JsonLogFormatter();
        Handler capture = new Capture(record -> lines.add(json.format(record)));
        execution.addHandler(capture);
        try (FunctionsServer server = TestServers.start(List.of(TracedFunctions.class),
                HostConfig.parse("{\"functionTimeout\": \"00:00:01\"}", "host.json"))) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/Slow"))
                    .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(500, response.statusCode());
        } finally {
            execution.removeHandler(capture);
        }
        JsonNode line = JSON.readTree(lines.stream().filter(l -> l.contains("timed out")).findFirst().orElseThrow());
        assertEquals("SEVERE", line.get("level").asText());
        assertEquals("Slow", line.get("functionName").asText());
        assertEquals(TRACE_ID, line.get("traceId").asText());
        assertTrue(line.get("message").asText().contains(line.get("invocationId").asText()));
    }

    @Test
    void otherLinesHaveTheirLoggerMessageAndException() throws Exception {
        LogRecord record = new LogRecord(Level.WARNING, "cannot close {0}");
        record.setLoggerName("org.functions4j.server.FunctionsServer");
        record.setParameters(new Object[] {"the \"app\"\nnow"});
        record.setThrown(new IllegalStateException("boom"));
        JsonNode line = JSON.readTree(new JsonLogFormatter().format(record));
        assertEquals("WARNING", line.get("level").asText());
        assertEquals("cannot close the \"app\"\nnow", line.get("message").asText(), "escaped, and still one line");
        assertTrue(line.get("exception").asText().startsWith("java.lang.IllegalStateException: boom"));
        assertFalse(line.has("functionName"));
        assertFalse(line.has("invocationId"));
    }

    /** Hands each record to an action, on the thread that logs it (as the console handler formats). */
    private static final class Capture extends Handler {
        private final Consumer<LogRecord> action;

        Capture(Consumer<LogRecord> action) {
            this.action = action;
        }

        @Override
        public void publish(LogRecord record) {
            action.accept(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
