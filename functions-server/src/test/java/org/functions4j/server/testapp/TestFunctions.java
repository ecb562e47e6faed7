package org.functions4j.server.testapp;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.BindingName;
import org.functions4j.api.ExecutionContext;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpOutput;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatus;
import org.functions4j.api.HttpStatusType;
import org.functions4j.api.HttpTrigger;
import org.functions4j.api.OutputBinding;
import org.functions4j.api.WebHookType;

/** Functions exercising every binding and result form, for the behaviour suite. */
public class TestFunctions {
    /** A JSON body. */
    public static class Item {
        public String name;
        public int quantity;
    }

    private int calls;

    @FunctionName("Request")
    public Map<String, Object> request(
            @HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS, route = "request/{*rest}")
            HttpRequestMessage<Optional<String>> request, ExecutionContext context) {
        calls++; // one instance per class: state survives between calls
        return Map.ofEntries(
                Map.entry("method", String.valueOf(request.getHttpMethod())),
                Map.entry("uri", request.getUri().toString()),
                Map.entry("query", request.getQueryParameters()),
                Map.entry("header", String.valueOf(request.getHeaders().get("x-test"))),
                Map.entry("headers", request.getHeaders()),
                Map.entry("traceparent", context.getTraceContext().getTraceparent()),
                Map.entry("tracestate", context.getTraceContext().getTracestate()),
                Map.entry("body", request.getBody().orElse("<empty>")),
                Map.entry("function", context.getFunctionName()),
                Map.entry("routeValues", context.getRouteValues()),
                Map.entry("invocationIdLength", context.getInvocationId().length()));
    }

    @FunctionName("Calls")
    public int calls(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) byte[] ignored) {
        return calls;
    }

    @FunctionName("Bindings")
    public static String bindings(
            @HttpTrigger(name = "req", methods = {HttpMethod.GET}, authLevel = AuthorizationLevel.ANONYMOUS,
                    route = "bindings/{id:int}/{key?}") HttpRequestMessage<Optional<String>> request,
            @BindingName("id") int id, @BindingName("KEY") Optional<String> key, @BindingName("n") Long n,
            @BindingName("flag") Boolean flag, @BindingName("ratio") Optional<Double> ratio,
            @BindingName("uuid") UUID uuid) {
        return "id=" + id + " key=" + key.orElse("-") + " n=" + n + " flag=" + flag + " ratio="
                + ratio.map(String::valueOf).orElse("-") + " uuid=" + uuid;
    }

    @FunctionName("Required")
    public static String required(
            @HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body,
            @BindingName("count") int count) {
        return "count=" + count;
    }

    @FunctionName("Text")
    public static String text(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        return body == null ? "<null>" : "[" + body + "]";
    }

    @FunctionName("Bytes")
    public static byte[] bytes(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) byte[] body) {
        return body == null ? new byte[0] : body;
    }

    @FunctionName("Json")
    public static Item json(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) Item item) {
        item.quantity *= 2;
        return item;
    }

    @FunctionName("JsonList")
    public static int jsonList(
            @HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<List<Item>>> req) {
        return req.getBody().map(List::size).orElse(-1);
    }

    @FunctionName("Nothing")
    public static void nothing(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
    }

    @FunctionName("Custom")
    public static HttpResponseMessage custom(
            @HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<String> req) {
        return req.createResponseBuilder(HttpStatusType.custom(299)).header("X-Custom", "yes")
                .header("Content-Type", "text/csv").body("a,b").build();
    }

    @FunctionName("Created")
    public static HttpResponseMessage created(
            @HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<String> req) {
        return req.createResponseBuilder(HttpStatus.CREATED).header("Location", "/api/things/1")
                .body(Map.of("id", 1)).build();
    }

    @FunctionName("Output")
    public static void output(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body,
                              @HttpOutput(name = "res") OutputBinding<String> res) {
        res.setValue("from output binding");
    }

    @FunctionName("Throws")
    public static String fails(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        throw new IllegalStateException("secret-detail: db password is hunter2");
    }

    @FunctionName("Async")
    public static CompletionStage<String> async(
            @HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        return CompletableFuture.supplyAsync(() -> "later",
                CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
    }

    @FunctionName("AsyncFails")
    public static CompletionStage<String> asyncFails(
            @HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        return CompletableFuture.supplyAsync(() -> {
            throw new IllegalStateException("secret-detail from async");
        });
    }

    @FunctionName("Logs")
    public static String logs(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body,
                              ExecutionContext context) {
        context.getLogger().info("logged by the function");
        return context.getInvocationId();
    }

    @FunctionName("Secured")
    public static String secured(@HttpTrigger(name = "req") String body) {
        return "ok";
    }

    @FunctionName("AdminOnly")
    public static String adminOnly(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ADMIN) String body) {
        return "ok";
    }

    @FunctionName("Charset")
    public static String charset(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        return body + "/" + body.getBytes(StandardCharsets.UTF_8).length;
    }

    @FunctionName("GitHubEcho")
    public static byte[] gitHubEcho(@HttpTrigger(name = "req", webHookType = WebHookType.GITHUB) byte[] body) {
        return body;
    }

    @FunctionName("JsonEcho")
    public static String jsonEcho(
            @HttpTrigger(name = "req", webHookType = WebHookType.GENERIC_JSON) HttpRequestMessage<String> request) {
        return request.getBody();
    }

    @FunctionName("SlackEcho")
    public static String slackEcho(@HttpTrigger(name = "req", webHookType = WebHookType.SLACK) String body) {
        return body;
    }

    @FunctionName("Items")
    public static String items(
            @HttpTrigger(name = "req", methods = {HttpMethod.GET}, authLevel = AuthorizationLevel.ANONYMOUS,
                    route = "items/{name}") String body, @BindingName("name") String name) {
        return "item " + name;
    }

    @FunctionName("NewItem")
    public static String newItem(
            @HttpTrigger(name = "req", methods = {HttpMethod.GET, HttpMethod.POST},
                    authLevel = AuthorizationLevel.ANONYMOUS, route = "items/new") String body) {
        return "new item form";
    }
}
