package org.functions4j.runtime.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanCallbackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer pipeline;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        pipeline = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pipeline.createContext("/", exchange -> {
            try (exchange) {
                received.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Authorization")
                        + " " + new String(exchange.getRequestBody().readAllBytes()));
                exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 503 : 200, -1);
            }
        });
        pipeline.start();
    }

    @AfterEach
    void stop() {
        pipeline.stop(0);
    }

    private Map<String, String> plan() {
        return Map.of("planurl", "http://127.0.0.1:" + pipeline.getAddress().getPort() + "/", "projectid", "p",
                "hubname", "release", "planid", "plan", "jobid", "job", "timelineid", "tl", "taskinstanceid", "task",
                "authtoken", "secret-token");
    }

    @Test
    void reportsCompletionToThePlansEvents() throws Exception {
        assertTrue(new PlanCallback(plan(), 1).complete("succeededWithIssues"));
        String[] parts = received.get(0).split(" ", 4);
        assertEquals("/p/_apis/distributedtask/hubs/release/plans/plan/events", parts[0]);
        assertEquals("Bearer secret-token", parts[1] + " " + parts[2]);
        JsonNode event = JSON.readTree(parts[3]);
        assertEquals("TaskCompleted", event.get("name").asText());
        assertEquals("task", event.get("taskId").asText());
        assertEquals("job", event.get("jobId").asText());
        assertEquals("succeededWithIssues", event.get("result").asText());
    }

    @Test
    void retriesWhileThePipelineAnswers5xx() {
        failuresLeft.set(2);
        assertTrue(new PlanCallback(plan(), 1).complete("succeeded"));
        assertEquals(3, received.size());
        failuresLeft.set(10);
        received.clear();
        assertFalse(new PlanCallback(plan(), 1).complete("succeeded"), "gives up after four attempts");
        assertEquals(4, received.size());
    }

    @Test
    void streamsLinesCutAt1024Characters() throws Exception {
        assertTrue(new PlanCallback(plan(), 1).log("x".repeat(2000)));
        String[] parts = received.get(0).split(" ", 4);
        assertEquals("/p/_apis/distributedtask/hubs/release/plans/plan/timelines/tl/records/task/feed", parts[0]);
        assertEquals(1024, JSON.readTree(parts[3]).get("value").get(0).asText().length());
    }

    @Test
    void refusesAnUnknownResult() {
        assertThrows(IllegalArgumentException.class, () -> new PlanCallback(plan(), 1).complete("exploded"));
        assertTrue(received.isEmpty());
    }

    @Test
    void namesTheMissingPlanHeaders() {
        RequestData request = new FakeRequest(Map.of("planurl", "http://x", "authtoken", "t"));
        BindingException e = assertThrows(BindingException.class, () -> PlanCallback.from(request));
        assertTrue(e.getMessage().contains("[projectid, hubname, planid, jobid, timelineid, taskinstanceid]"), e::getMessage);
    }
}
