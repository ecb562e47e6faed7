package org.functions4j.server.hardapp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatus;
import org.functions4j.api.HttpTrigger;
import org.functions4j.api.WebHookType;

/** Functions the hardening tests attack: each fails, or makes the host fail, at one stage. */
public class HardeningFunctions {
    /** A JSON body, as the examples' Echo takes. */
    public static class Message {
        public String text;
        public int count;
    }

    /** A body type Jackson cannot make at all: found at the first call, a fault of the app, not the client. */
    public abstract static class Exploding {
        public String x;
    }

    /** A result that cannot be written: its getter fails. */
    public static class Unwritable {
        public String getValue() {
            throw new AssertionError("mapping exploded: internal detail");
        }
    }

    @FunctionName("Echo")
    public static Message echo(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) Message message) {
        return message;
    }

    @FunctionName("Text")
    public static String text(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        return "[" + body + "]";
    }

    @FunctionName("Alert")
    public static String alert(@HttpTrigger(name = "req", webHookType = WebHookType.GENERIC_JSON) String body) {
        return "alerted";
    }

    @FunctionName("Keyed")
    public static String keyed(@HttpTrigger(name = "req") String body) {
        return "keyed";
    }

    @FunctionName("Pattern")
    public static String pattern(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS,
            route = "pattern/{value:regex(^(a|b)*$)}") String body) {
        return "matched";
    }

    @FunctionName("BindingFails")
    public static String bindingFails(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) Exploding body) {
        return "never";
    }

    @FunctionName("FunctionFails")
    public static String functionFails(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        throw new IllegalStateException("function exploded: internal detail");
    }

    @FunctionName("MappingFails")
    public static Unwritable mappingFails(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        return new Unwritable();
    }

    @FunctionName("WritingFails")
    public static HttpResponseMessage writingFails(
            @HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<String> request) {
        // The container refuses a Content-Length that is not a number when the header is set.
        return request.createResponseBuilder(HttpStatus.OK).header("Content-Length", "many").body("x").build();
    }

    @FunctionName("AsyncMappingFails")
    public static CompletionStage<Unwritable> asyncMappingFails(
            @HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        return CompletableFuture.supplyAsync(Unwritable::new);
    }

    @FunctionName("AsyncStageFails")
    public static CompletionStage<String> asyncStageFails(
            @HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        // A CompletionStage may refuse toCompletableFuture (its contract allows it).
        return new CompletableFuture<String>() {
            @Override
            public CompletableFuture<String> toCompletableFuture() {
                throw new UnsupportedOperationException("no future: internal detail");
            }
        };
    }
}
