package org.functions4j.invoke.testapp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatus;
import org.functions4j.api.HttpTrigger;

/** Functions a pipeline calls: one answering JSON, one slow, one reporting back by Callback as the seed's example. */
public class PipelineFunctions {
    /** The status the callback got for its last event, for tests of a wrong token. */
    public static volatile int lastCallbackStatus;

    @FunctionName("Status")
    public static Map<String, Object> status(@HttpTrigger(name = "req") HttpRequestMessage<Optional<String>> request) {
        return Map.of("status", request.getQueryParameters().getOrDefault("status", "successful"), "count", 3,
                "tenant", request.getHeaders().getOrDefault("x-tenant", ""), "body", request.getBody().orElse(""));
    }

    @FunctionName("Slow")
    public static String slow(@HttpTrigger(name = "req") String body) throws InterruptedException {
        Thread.sleep(3_000);
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
            lastCallbackStatus = post(base + "/events?api-version=2.0-preview.1", event, authorization);
        }, CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS));
        return request.createResponseBuilder(HttpStatus.OK).body("Long-running job successfully scheduled!").build();
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
