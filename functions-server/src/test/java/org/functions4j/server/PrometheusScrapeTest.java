package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.server.testapp.TestFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus server (Debian's package, which .ci/run installs) scrapes /admin/metrics with
 * the master key as the {@code code} parameter, as the README's scrape configuration says, and
 * answers a query over what it stored. Skipped without the binary unless
 * FUNCTIONS4J_PROMETHEUS_TESTS=required.
 */
class PrometheusScrapeTest {
    private static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void prometheusScrapesTheMetricsWithTheMasterKey() throws Exception {
        boolean here = Files.isExecutable(PROMETHEUS);
        if (!here && "required".equals(System.getenv("FUNCTIONS4J_PROMETHEUS_TESTS"))) {
            throw new AssertionError("the prometheus package is required (FUNCTIONS4J_PROMETHEUS_TESTS=required)");
        }
        assumeTrue(here, "prometheus is not installed");
        HttpClient client = HttpClient.newHttpClient();
        try (FunctionsServer server = TestServers.start(List.of(TestFunctions.class),
                HostConfig.parse("{\"functions4j\": {\"metrics\": {\"enabled\": true}}}", "host.json"))) {
            for (int i = 0; i < 4; i++) {
                client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/request/x"))
                        .build(), HttpResponse.BodyHandlers.discarding());
            }
            String master = server.app().secrets().master().orElseThrow();
            Path config = Files.writeString(dir.resolve("prometheus.yml"), """
                    global:
                      scrape_interval: 1s
                    scrape_configs:
                      - job_name: functions
                        metrics_path: /admin/metrics
                        params:
                          code: ['%s']
                        static_configs:
                          - targets: ['127.0.0.1:%d']
                    """.formatted(master, server.port()));
            int port = freePort();
            Process prometheus = new ProcessBuilder(PROMETHEUS.toString(), "--config.file=" + config,
                    "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
            try {
                String query = "http://127.0.0.1:" + port + "/api/v1/query?query=" + URLEncoder.encode(
                        "functions_requests_seconds_count{function=\"Request\",status=\"200\"}", StandardCharsets.UTF_8);
                JsonNode result = null;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (System.nanoTime() < deadline && (result == null || result.isEmpty())) {
                    Thread.sleep(250);
                    try {
                        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(query)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        result = answer.statusCode() == 200 ? JSON.readTree(answer.body()).at("/data/result") : null;
                    } catch (IOException notYet) {
                        result = null; // Prometheus is still starting
                    }
                }
                assertEquals(1, result == null ? 0 : result.size(), () -> "Prometheus stored nothing; its log:\n"
                        + readQuietly(dir.resolve("prometheus.log")));
                assertEquals("4", result.get(0).at("/value/1").asText());
                assertEquals("functions", result.get(0).at("/metric/job").asText());
            } finally {
                prometheus.destroy();
                if (!prometheus.waitFor(20, TimeUnit.SECONDS)) {
                    prometheus.destroyForcibly();
                }
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(none)";
        }
    }
}
