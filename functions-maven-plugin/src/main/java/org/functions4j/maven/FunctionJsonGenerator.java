package org.functions4j.maven;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.WebHookType;
import org.functions4j.runtime.model.FunctionDefinition;
import org.functions4j.runtime.model.RetrySpec;
import org.functions4j.runtime.model.TriggerSpec;

/**
 * Writes a function's {@code function.json} as Azure's tooling does (the same bindings), but with
 * the values in lower case as the published schema requires ({@code "get"}, {@code "function"}).
 */
final class FunctionJsonGenerator {
    private final ObjectMapper json;

    FunctionJsonGenerator(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param function the function
     * @param scriptFile the app archive, relative to the descriptor, e.g. {@code ../my-app.jar}
     * @return the descriptor
     */
    ObjectNode generate(FunctionDefinition function, String scriptFile) {
        ObjectNode root = json.createObjectNode().put("scriptFile", scriptFile).put("entryPoint", function.entryPoint());
        ArrayNode bindings = root.putArray("bindings");
        TriggerSpec trigger = function.trigger();
        ObjectNode in = bindings.addObject().put("type", "httpTrigger").put("direction", "in").put("name", trigger.name())
                .put("authLevel", trigger.authLevel().name().toLowerCase(Locale.ROOT));
        if (!trigger.methods().isEmpty()) {
            ArrayNode methods = in.putArray("methods");
            trigger.methods().stream().sorted().map(HttpMethod::name).map(m -> m.toLowerCase(Locale.ROOT)).forEach(methods::add);
        }
        if (!trigger.route().isEmpty()) {
            in.put("route", trigger.route());
        }
        if (trigger.webHookType() != WebHookType.NONE) {
            in.put("webHookType", webHookType(trigger.webHookType()));
        }
        if (!trigger.dataType().isEmpty()) {
            in.put("dataType", trigger.dataType().toLowerCase(Locale.ROOT));
        }
        if (hasOutput(function)) {
            bindings.addObject().put("type", "http").put("direction", "out").put("name", function.outputName());
        }
        RetrySpec.of(function.method()).ifPresent(retry -> retry(root.putObject("retry"), retry));
        return root;
    }

    /** As Azure's plugin writes it: the strategy, the count, and the intervals the strategy uses. */
    private static void retry(ObjectNode node, RetrySpec retry) {
        node.put("strategy", retry.strategy()).put("maxRetryCount", retry.maxRetryCount());
        if (retry.delayInterval() != null) {
            node.put("delayInterval", retry.delayInterval());
        }
        if (retry.minimumInterval() != null) {
            node.put("minimumInterval", retry.minimumInterval()).put("maximumInterval", retry.maximumInterval());
        }
    }

    /** As Azure's plugin: a {@code void} function without an {@code @HttpOutput} declares only its trigger. */
    private static boolean hasOutput(FunctionDefinition function) {
        return !"$return".equals(function.outputName()) || function.method().getReturnType() != void.class;
    }

    /** The names function.json uses: {@code genericJson}, {@code github}, {@code slack}. */
    private static String webHookType(WebHookType type) {
        return switch (type) {
            case GENERIC_JSON -> "genericJson";
            case GITHUB -> "github";
            case SLACK -> "slack";
            case NONE -> throw new IllegalArgumentException("no webhook");
        };
    }
}
