package org.functions4j.invoke.testapp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatus;
import org.functions4j.api.HttpTrigger;

/** Functions a pipeline calls: one answering JSON, one slow, one reporting back by Callback as the seed's example. */
public class PipelineFunctions {
    /** What the callback endpoint answered the event of each call, by the call's query string. */
    private static final Map<String, CompletableFuture<Integer>> CALLBACK_STATUSES = new ConcurrentHashMap<>();
    /** Lets a held {@code Slow} call return (the test opens it once the client has given up). */
    public static volatile CountDownLatch slowRelease = new CountDownLatch(1);

    @FunctionName("Status")
    public static Map<String, Object> status(@HttpTrigger(name = "req") HttpRequestMessage<Optional<String>> request) {
        return Map.of("status", request.getQueryParameters().getOrDefault("status", "successful"), "count", 3,
                "tenant", request.getHeaders().getOrDefault("x-tenant", ""), "body", request.getBody().orElse(""),
                "traceparent", request.getHeaders().getOrDefault("traceparent", ""));
    }

    @FunctionName("Slow")
    public static String slow(@HttpTrigger(name = "req") String body) throws InterruptedException {
        slowRelease.await(30, TimeUnit.SECONDS);
        return "late";
    }

    @FunctionName("LongJob")
    public static HttpResponseMessage longJob(@HttpTrigger(name = "req") HttpRequestMessage<Optional<String>> request) {
        Map<String, String> h = request.getHeaders();
        String base = h.get("planurl") + "/" + h.get("projectid") + "/_apis/distributedtask/hubs/" + h.get("hubname")
                + "/plans/" + h.get("planid");
        String token = request.getQueryParameters().getOrDefault("token", h.get("authtoken"));
        String result = request.getQueryParameters().getOrDefault("result", "succeeded");
        boolean basic = "basic".equals(request.getQueryParameters().get("auth"));
        String event = "{\"name\":\"TaskCompleted\",\"taskId\":\"" + h.get("taskinstanceid") + "\",\"jobId\":\""
                + h.get("jobid") + "\",\"result\":\"" + result + "\"}";
        String feed = "{\"value\":[\"step 1 of 2 done\",\"step 2 of 2 done\"],\"count\":2}";
        CompletableFuture.runAsync(() -> {
            String authorization = basic ? "Basic " + java.util.Base64.getEncoder().encodeToString((":" + token).getBytes())
                    : "Bearer " + token;
            post(base + "/timelines/" + h.get("timelineid") + "/records/" + h.get("taskinstanceid") + "/feed", feed, authorization);
            callbackStatus(request.getUri().getQuery()).complete(post(base + "/events?api-version=2.0-preview.1", event, authorization));
        }, CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS));
        return request.createResponseBuilder(HttpStatus.OK).body("Long-running job successfully scheduled!").build();
    }

    /** The status the callback endpoint answered the event of the call with this query string, when it has. */
    public static CompletableFuture<Integer> callbackStatus(String query) {
        return CALLBACK_STATUSES.computeIfAbsent(String.valueOf(query), q -> new CompletableFuture<>());
    }

    private static int post(String url, String body, String authorization) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
