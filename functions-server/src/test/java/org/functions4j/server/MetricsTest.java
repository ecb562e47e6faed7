package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.functions4j.runtime.auth.SecretStore;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.server.PrometheusText.Sample;
import org.functions4j.server.testapp.TestFunctions;
import org.functions4j.server.traceapp.TracedFunctions;
import org.junit.jupiter.api.Test;

/**
 * /admin/metrics: Micrometer's meters in Prometheus' text format, read back by the reference parser.
 * Every request is counted by function and status (401s, 404s, 429s are statuses), timeouts,
 * webhook rejections and key reloads have counters of their own, and the JVM and the server's
 * thread pool have gauges.
 */
class MetricsTest {
    private static final String METRICS_ON = """
            {"version": "2.0", "functionTimeout": "00:00:01", "functions4j": {"metrics": {"enabled": true}}}""";
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void countsRequestsByFunctionAndStatusAndServesThemToTheMasterKey() throws Exception {
        PrometheusText.assumeParser();
        try (FunctionsServer server = TestServers.start(List.of(TestFunctions.class, TracedFunctions.class),
                HostConfig.parse(METRICS_ON, "host.json"))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, get(server, "/api/request/x", null).statusCode());
            }
            assertEquals(401, get(server, "/api/secured", null).statusCode());
            assertEquals(401, get(server, "/api/secured", "wrong-key-0123456789").statusCode());
            assertEquals(404, get(server, "/api/no/such/function", null).statusCode());
            assertEquals(500, get(server, "/api/Slow", null).statusCode()); // past functionTimeout
            assertEquals(400, send(server, HttpRequest.newBuilder(uri(server, "/api/githubecho"))
                    .header("Content-Type", "application/json").header("X-GitHub-Event", "push")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")), null).statusCode()); // unsigned
            SecretStore elsewhere = SecretStore.open(server.app().secrets().directory(), null);
            elsewhere.put(SecretStore.Scope.HOST, null, "added-elsewhere", "AddedElsewhere_0123456789abcdef");
            server.app().secrets().reloadIfChanged(); // what the watcher does every 2 s

            String master = server.app().secrets().master().orElseThrow();
            HttpResponse<String> scrape = get(server, "/admin/metrics", master);
            assertEquals(200, scrape.statusCode(), scrape.body());
            assertEquals("text/plain; version=0.0.4; charset=utf-8", scrape.headers().firstValue("content-type").orElseThrow());
            List<Sample> samples = PrometheusText.parse(scrape.body());

            assertEquals(3, count(samples, "Request", "200"));
            assertEquals(2, count(samples, "Secured", "401"));
            assertEquals(1, count(samples, "none", "404"), "no function matched");
            assertEquals(1, count(samples, "Slow", "500"));
            assertEquals(1, count(samples, "GitHubEcho", "400"));
            assertEquals(3, PrometheusText.value(samples, "functions_requests_seconds_bucket",
                    Map.of("function", "Request", "status", "200", "le", "+Inf")), "a histogram: buckets for quantiles");
            assertTrue(samples.stream().anyMatch(s -> s.name().equals("functions_requests_seconds_bucket")
                    && s.labels().get("le").equals("0.001")), "buckets from 1 ms");
            assertEquals(1, PrometheusText.value(samples, "functions_timeouts_total", Map.of("function", "Slow")));
            assertEquals(1, PrometheusText.value(samples, "functions_webhook_rejections_total",
                    Map.of("function", "GitHubEcho")));
            assertEquals(1, PrometheusText.value(samples, "functions_key_reloads_total", Map.of()));
            assertTrue(PrometheusText.value(samples, "functions_in_flight", Map.of()) >= 1, "the scrape itself");
            assertTrue(PrometheusText.value(samples, "functions_server_threads", Map.of()) > 0);
            for (String jvm : List.of("jvm_memory_used_bytes", "jvm_threads_live_threads", "jvm_classes_loaded_classes",
                    "process_uptime_seconds", "system_cpu_count")) {
                assertTrue(samples.stream().anyMatch(s -> s.name().equals(jvm)), jvm);
            }
            assertFalse(samples.stream().anyMatch(s -> "200".equals(s.labels().get("status"))
                    && "none".equals(s.labels().get("function"))), "admin requests are not function requests");

            assertEquals(401, get(server, "/admin/metrics", null).statusCode());
            String functionKey = server.app().secrets().keys(SecretStore.Scope.FUNCTION, "Secured").get("default")
                    .orElseThrow().value();
            assertEquals(403, get(server, "/admin/metrics", functionKey).statusCode());
            assertEquals(405, send(server, HttpRequest.newBuilder(uri(server, "/admin/metrics"))
                    .POST(HttpRequest.BodyPublishers.noBody()), master).statusCode());
        }
    }

    @Test
    void aSettingOpensTheEndpointToScrapers() throws Exception {
        try (FunctionsServer server = TestServers.start(List.of(TestFunctions.class), HostConfig.parse(
                "{\"functions4j\": {\"metrics\": {\"enabled\": true, \"open\": true}}}", "host.json"))) {
            HttpResponse<String> scrape = get(server, "/admin/metrics", null);
            assertEquals(200, scrape.statusCode());
            assertTrue(scrape.body().contains("# TYPE functions_in_flight gauge"), scrape.body());
        }
    }

    @Test
    void offByDefault() throws Exception {
        try (FunctionsServer server = TestServers.start(List.of(TestFunctions.class))) {
            String master = server.app().secrets().master().orElseThrow();
            assertEquals(404, get(server, "/admin/metrics", master).statusCode());
        }
    }

    private static double count(List<Sample> samples, String function, String status) {
        return PrometheusText.value(samples, "functions_requests_seconds_count", Map.of("function", function, "status", status));
    }

    private static URI uri(FunctionsServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> get(FunctionsServer server, String path, String key) throws Exception {
        return send(server, HttpRequest.newBuilder(uri(server, path)), key);
    }

    private HttpResponse<String> send(FunctionsServer server, HttpRequest.Builder request, String key) throws Exception {
        if (key != null) {
            request.header("x-functions-key", key);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
