package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.functions4j.server.envapp.EnvFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server under the OpenTelemetry Java agent (the way most users get traces): the agent's Jetty
 * span is the request's one SERVER span, named by the function's route, and the invocation is an
 * INTERNAL span under it, both in the caller's trace. Spans are read from the agent's logging exporter.
 */
class AgentTracingTest {
    private static final Path AGENT = Path.of("target", "agent", "opentelemetry-javaagent.jar");
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @TempDir
    Path dir;

    @Test
    void theAgentsServerSpanIsNamedByTheRouteAndTheInvocationNestsUnderIt() throws Exception {
        assertTrue(Files.isRegularFile(AGENT), "the build copies the agent to " + AGENT);
        Path appClasses = TestServers.classesOf(EnvFunctions.class);
        Path log = dir.resolve("server.log");
        ProcessBuilder command = new ProcessBuilder(ServerProcess.command(List.of("-javaagent:" + AGENT.toAbsolutePath(),
                "-Dotel.traces.exporter=logging", "-Dotel.metrics.exporter=none", "-Dotel.logs.exporter=none",
                "-Dotel.service.name=agent-test", "-Dotel.javaagent.logging=simple"),
                List.of(Path.of(System.getProperty("java.class.path"))), List.of("--classpath", appClasses.toString(),
                        "--packages", "org.functions4j.server.envapp", "--port", "0", "--host", "127.0.0.1",
                        "--secrets", dir.resolve("secrets").toString()))).directory(dir.toFile());
        try (StandaloneProcess server = StandaloneProcess.start(command)) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.baseUrl() + "/api/setting/F4J_NOTHING"))
                    .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode());
            // the exporter logs each span as: 'name' : traceId spanId KIND [tracer: ...] attributes
            Pattern internal = Pattern.compile("'GET /api/setting/\\{name\\}' : " + TRACE_ID + " ([0-9a-f]{16}) INTERNAL "
                    + "\\[tracer: org\\.functions4j");
            Pattern serverSpan = Pattern.compile("'GET /api/setting/\\{name\\}' : " + TRACE_ID
                    + " ([0-9a-f]{16}) SERVER \\[tracer: io\\.opentelemetry\\.jetty");
            String output = server.awaitOutput(text -> internal.matcher(text).find() && serverSpan.matcher(text).find());
            Matcher ours = internal.matcher(output);
            assertTrue(ours.find(), output);
            assertTrue(output.substring(ours.start()).contains("faas.name=Setting"), output);
            assertTrue(output.substring(ours.start()).contains("http.response.status_code=404"), output);
        }
    }
}
