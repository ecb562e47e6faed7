package org.functions4j.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Callback completion event: the 2xx answer only starts the job; the function later reports
 * {@code TaskCompleted} to the plan's events endpoint. This CLI plays the part of Azure DevOps: it
 * serves the events, logs, feed and timeline-record endpoints under a {@code PlanUrl} it hands the
 * function in the plan headers, checks the {@code AuthToken} on every call (Bearer, or Basic with
 * the token as password), checks each body, and streams the function's log lines as they come.
 */
final class CallbackJob {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String projectId = UUID.randomUUID().toString();
    private final String hub = "release";
    private final String planId = UUID.randomUUID().toString();
    private final String jobId = UUID.randomUUID().toString();
    private final String timelineId = UUID.randomUUID().toString();
    private final String taskInstanceId = UUID.randomUUID().toString();
    private final String token = token();
    private final CompletableFuture<Result> completion = new CompletableFuture<>();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final PrintStream out;

    private CallbackJob(PrintStream out) {
        this.out = out;
    }

    static Outcome run(InvokeOptions options, PrintStream out) throws InterruptedException {
        return new CallbackJob(out).run(options);
    }

    private Outcome run(InvokeOptions options) throws InterruptedException {
        long start = System.nanoTime();
        HttpServer server;
        try {
            server = HttpServer.create(address(options.callbackAddress()), 0);
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(Result.ERROR, 0, 0, "cannot listen for the callback on " + options.callbackAddress() + ": " + e,
                    List.of(), List.of(), null);
        }
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "functions-invoke-callback");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
        try {
            String host = server.getAddress().getAddress().getHostAddress();
            String planUrl = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getAddress().getPort();
            Map<String, String> plan = new LinkedHashMap<>();
            plan.put("PlanUrl", planUrl);
            plan.put("ProjectId", projectId);
            plan.put("HubName", hub);
            plan.put("PlanId", planId);
            plan.put("JobId", jobId);
            plan.put("TimelineId", timelineId);
            plan.put("TaskInstanceId", taskInstanceId);
            plan.put("AuthToken", token);
            HttpResponse<String> started;
            try {
                started = FunctionCaller.call(options, plan);
            } catch (IOException e) {
                return new Outcome(Result.ERROR, 0, ApiResponseJudge.millis(start), "the function could not be called: " + e,
                        List.of(), List.copyOf(log), null);
            }
            if (started.statusCode() < 200 || started.statusCode() > 299) {
                return new Outcome(Result.FAILED, started.statusCode(), ApiResponseJudge.millis(start),
                        "the function did not start the job: it answered " + started.statusCode(), List.of(),
                        List.copyOf(log), started.body());
            }
            out.println("Job started (" + started.statusCode() + "); waiting for TaskCompleted, at most "
                    + options.callbackTimeout().toSeconds() + " s");
            try {
                Result result = completion.get(options.callbackTimeout().toMillis(), TimeUnit.MILLISECONDS);
                return new Outcome(result, started.statusCode(), ApiResponseJudge.millis(start),
                        "the function reported " + result.taskName(), List.of(), List.copyOf(log), started.body());
            } catch (TimeoutException e) {
                return new Outcome(Result.TIMED_OUT, started.statusCode(), ApiResponseJudge.millis(start),
                        "no TaskCompleted within " + options.callbackTimeout().toSeconds() + " s", List.of(),
                        List.copyOf(log), started.body());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        } finally {
            server.stop(0);
        }
    }

    /** One request from the function. */
    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, null);
                return;
            }
            String prefix = "/" + projectId + "/_apis/distributedtask/hubs/" + hub + "/plans/" + planId + "/";
            String path = exchange.getRequestURI().getPath();
            if (!path.regionMatches(true, 0, prefix, 0, prefix.length())) {
                answer(exchange, 404, "unknown project, hub or plan");
                return;
            }
            String rest = path.substring(prefix.length());
            byte[] body = exchange.getRequestBody().readNBytes(1 << 20);
            String method = exchange.getRequestMethod();
            if (rest.equalsIgnoreCase("events") && method.equals("POST")) {
                event(exchange, body);
            } else if (rest.equalsIgnoreCase("logs") && method.equals("POST")) {
                answer(exchange, 200, "{\"id\":1,\"path\":\"logs/1\"}");
            } else if (rest.matches("(?i)logs/\\d+") && method.equals("POST")) {
                new String(body, StandardCharsets.UTF_8).lines().forEach(this::line);
                answer(exchange, 200, null);
            } else if (rest.matches("(?i)timelines/" + timelineId + "/records/[^/]+/feed") && method.equals("POST")) {
                JsonNode feed = JSON.readTree(body);
                feed.path("value").forEach(line -> line(line.asText()));
                answer(exchange, 200, null);
            } else if (rest.matches("(?i)timelines/" + timelineId + "/records") && method.equals("PATCH")) {
                answer(exchange, 200, new String(body, StandardCharsets.UTF_8));
            } else {
                answer(exchange, 404, "unknown endpoint");
            }
        } catch (IOException | RuntimeException e) {
            answer(exchange, 400, "cannot read the request: " + e.getMessage());
        }
    }

    private void event(HttpExchange exchange, byte[] body) throws IOException {
        JsonNode event;
        try {
            event = JSON.readTree(body);
        } catch (IOException e) {
            answer(exchange, 400, "the event is not JSON");
            return;
        }
        String name = event == null ? null : event.path("name").asText(null);
        if (!"TaskCompleted".equalsIgnoreCase(name)) {
            answer(exchange, 400, "unknown event '" + name + "': only TaskCompleted is understood");
            return;
        }
        if (!taskInstanceId.equalsIgnoreCase(event.path("taskId").asText()) || !jobId.equalsIgnoreCase(event.path("jobId").asText())) {
            answer(exchange, 400, "taskId or jobId does not match this job");
            return;
        }
        Result result = Result.ofCallback(event.path("result").asText(null));
        if (result == null) {
            answer(exchange, 400, "unknown result '" + event.path("result").asText() + "'");
            return;
        }
        answer(exchange, 200, null);
        completion.complete(result);
    }

    private void line(String line) {
        String cut = line.length() > 1024 ? line.substring(0, 1024) : line;
        log.add(cut);
        out.println("  | " + cut);
    }

    /** {@code Bearer <token>}, or {@code Basic} with any user and the token as password; compared in constant time. */
    private boolean authorized(String header) {
        if (header == null) {
            return false;
        }
        String given = null;
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = header.substring(7).strip();
        } else if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                given = pair.substring(pair.indexOf(':') + 1);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return given != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : (body.startsWith("{") ? body : "{\"message\":" + JSON.writeValueAsString(body) + "}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static InetSocketAddress address(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("expected host:port");
        }
        return new InetSocketAddress(hostAndPort.substring(0, colon).replace("[", "").replace("]", ""),
                Integer.parseInt(hostAndPort.substring(colon + 1)));
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
