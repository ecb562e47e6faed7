package org.functions4j.runtime.invoke;

import java.util.Map;
import org.functions4j.api.ExecutionContext;
import org.functions4j.api.HttpRequestMessage;

/**
 * The request message and context a function receives, made outside an invocation: the runtime's
 * own classes, for the test kit's unit-test helpers, so a function called directly sees exactly
 * what it sees when served.
 */
public final class FunctionInputs {
    private FunctionInputs() {
    }

    /**
     * The request message, as the invoker builds it.
     *
     * @param request the request's parts
     * @param body the bound body (the parameter's type: String, byte[], a POJO, an Optional...)
     */
    public static <T> HttpRequestMessage<T> request(RequestData request, T body) {
        return new FunctionRequest<>(request, body);
    }

    /**
     * The context, as the invoker builds it: its logger writes to {@code Function.<name>} with the
     * invocation id in front of every message.
     */
    public static ExecutionContext context(String functionName, String invocationId, Map<String, String> routeValues,
                                           RequestData request) {
        return new FunctionContext(functionName, invocationId, routeValues, request);
    }
}
