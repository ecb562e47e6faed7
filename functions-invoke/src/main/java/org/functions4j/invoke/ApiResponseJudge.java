package org.functions4j.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.functions4j.invoke.criteria.Criteria;
import org.functions4j.invoke.criteria.CriteriaException;

/** The ApiResponse completion event: success is a 2xx answer within the timeout for which the criteria hold. */
final class ApiResponseJudge {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiResponseJudge() {
    }

    static Outcome invoke(InvokeOptions options) throws InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = FunctionCaller.call(options, Map.of());
        } catch (HttpTimeoutException e) {
            return new Outcome(Result.TIMED_OUT, 0, millis(start), "no answer within " + options.timeout().toSeconds()
                    + " s (use --timeout, or the Callback completion event for long jobs)", List.of(), List.of(), null);
        } catch (IOException e) {
            return new Outcome(Result.ERROR, 0, millis(start), "the function could not be called: " + e, List.of(), List.of(), null);
        }
        return judge(options.criteria(), response.statusCode(), headers(response), response.body(), millis(start));
    }

    static Outcome judge(Criteria criteria, int status, Map<String, String> headers, String body, long millis) {
        if (status < 200 || status > 299) {
            return new Outcome(Result.FAILED, status, millis, "the function answered " + status, List.of(), List.of(), body);
        }
        if (criteria == null) {
            return new Outcome(Result.SUCCEEDED, status, millis, "the function answered " + status, List.of(), List.of(), body);
        }
        try {
            Criteria.Result result = criteria.evaluate(parse(body), status, headers);
            return new Outcome(result.passed() ? Result.SUCCEEDED : Result.FAILED, status, millis,
                    "the success criteria are " + (result.passed() ? "true" : "false") + ": " + criteria,
                    result.trace(), List.of(), body);
        } catch (CriteriaException e) {
            return new Outcome(Result.FAILED, status, millis, "the success criteria cannot be evaluated: " + e.getMessage(),
                    List.of(), List.of(), body);
        }
    }

    /** The body as JSON, or null when it is not JSON: criteria then see root as null. */
    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static Map<String, String> headers(HttpResponse<?> response) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.headers().map().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        return headers;
    }

    static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
