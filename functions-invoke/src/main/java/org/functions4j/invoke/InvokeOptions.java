package org.functions4j.invoke;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.security.SecureRandom;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.functions4j.invoke.criteria.Criteria;
import org.functions4j.invoke.criteria.CriteriaException;

/**
 * The inputs of the "Invoke a function" task, from a command line, checked and with macros expanded.
 *
 * @param function the function URL
 * @param key the function or host key
 * @param keyInQuery send the key as {@code code=} (the original task's way) instead of {@code x-functions-key}
 * @param method the HTTP method
 * @param headers request headers
 * @param query query parameters to append, without a leading {@code ?} or {@code &}
 * @param body the request body, or null
 * @param callback wait for the Callback completion event instead of judging the API response
 * @param criteria the success criteria, or null for "2xx is success"
 * @param timeout how long the API response may take (20 s, the original's limit)
 * @param callbackTimeout how long to wait for the callback
 * @param callbackAddress where the callback endpoints listen, host:port (port 0 for a free one)
 * @param json print JSON instead of text
 * @param setVariables print pipeline output variables ({@code ##vso[task.setvariable ...]})
 * @param traceparent the W3C {@code traceparent} the call carries: the one in {@code headers}, else a
 *        new trace, so the call can be found in the function app's traces and logs
 */
public record InvokeOptions(URI function, String key, boolean keyInQuery, String method, Map<String, String> headers,
                            String query, String body, boolean callback, Criteria criteria, Duration timeout,
                            Duration callbackTimeout, String callbackAddress, boolean json, boolean setVariables,
                            String traceparent) {

    private static final Set<String> METHODS = Set.of("OPTIONS", "GET", "HEAD", "POST", "PUT", "DELETE", "TRACE", "PATCH");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The usage text. */
    public static final String USAGE = """
            Usage: java -jar functions-invoke.jar --function <url> --key <key> [options]

            Calls an HTTP function and decides whether the step succeeded, as the "Invoke a function" task.

              --function <url>          the function URL (required)
              --key <key>               a function or host key (required; sent as x-functions-key)
              --key-in-query            send the key as ?code= instead, as the original task did
              --method <method>         OPTIONS GET HEAD POST PUT DELETE TRACE PATCH (default POST)
              --headers <json>          request headers as a JSON object
              --query <params>          query parameters to append, e.g. a=1&b=2 (no leading ? or &)
              --body <text>             the request body
              --completion <event>      ApiResponse (default) or Callback
              --criteria <expression>   success criteria, e.g. eq(root['status'], 'successful')
              --timeout <seconds>       how long the API response may take (default 20)
              --callback-timeout <s>    how long to wait for the Callback (default 3600)
              --callback-address <h:p>  where the callback endpoints listen (default 127.0.0.1:0)
              --var <name=value>        a variable for $(name) macros (else the environment: system.X is SYSTEM_X)
              --output <text|json>      how to print the outcome (default text)
              --set-variables           also print ##vso[task.setvariable] lines for the pipeline
              --help                    print this help

            Exit codes: 0 succeeded, 10 succeededWithIssues, 1 failed, 11 canceled, 12 skipped,
            13 abandoned, 14 timed out, 2 bad inputs, 3 error (the function could not be reached).
            """;

    /**
     * Parses a command line.
     *
     * @param args the arguments
     * @param environment the environment, for macros
     * @return the options, or null when --help was asked for
     * @throws UsageException with a one-line message naming the input at fault
     */
    public static InvokeOptions parse(String[] args, Map<String, String> environment) throws UsageException {
        Builder options = builder();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--key-in-query" -> options.keyInQuery = true;
                case "--set-variables" -> options.setVariables = true;
                case "--var" -> {
                    String pair = value(args, ++i, option);
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        throw new UsageException("--var needs name=value, got '" + pair + "'");
                    }
                    options.variables.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
                case "--function", "--key", "--method", "--headers", "--query", "--body", "--completion", "--criteria",
                     "--timeout", "--callback-timeout", "--callback-address", "--output" ->
                        options.values.put(option, value(args, ++i, option));
                default -> throw new UsageException("unknown option '" + option + "' (see --help)");
            }
        }
        return options.build(environment);
    }

    /** Options set in code (the Maven plugin's {@code invoke} goal), checked as the command line's are. */
    public static Builder builder() {
        return new Builder();
    }

    /** The task's inputs by name; {@link #build} checks them and expands macros, as for a command line. */
    public static final class Builder {
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, String> variables = new LinkedHashMap<>();
        private boolean keyInQuery;
        private boolean setVariables;

        private Builder() {
        }

        private Builder set(String option, String value) {
            if (value != null && !value.isBlank()) {
                values.put(option, value);
            }
            return this;
        }

        /** The function URL (required). */
        public Builder function(String url) {
            return set("--function", url);
        }

        /** A function or host key (required). */
        public Builder key(String key) {
            return set("--key", key);
        }

        public Builder method(String method) {
            return set("--method", method);
        }

        /** Request headers as a JSON object. */
        public Builder headers(String json) {
            return set("--headers", json);
        }

        /** Query parameters to append, without a leading {@code ?} or {@code &}. */
        public Builder query(String query) {
            return set("--query", query);
        }

        public Builder body(String body) {
            return set("--body", body);
        }

        /** {@code ApiResponse} or {@code Callback}. */
        public Builder completion(String completion) {
            return set("--completion", completion);
        }

        /** Success criteria, e.g. {@code eq(root['status'], 'successful')}. */
        public Builder criteria(String criteria) {
            return set("--criteria", criteria);
        }

        public Builder timeout(Duration timeout) {
            return set("--timeout", String.valueOf(timeout.toSeconds()));
        }

        public Builder callbackTimeout(Duration timeout) {
            return set("--callback-timeout", String.valueOf(timeout.toSeconds()));
        }

        /**
         * The options, checked, macros expanded.
         *
         * @param environment the environment, for macros
         * @throws UsageException with a one-line message naming the input at fault
         */
        public InvokeOptions build(Map<String, String> environment) throws UsageException {
            Macros macros = new Macros(variables, environment);
            String completion = values.getOrDefault("--completion", "ApiResponse");
            if (!completion.equalsIgnoreCase("ApiResponse") && !completion.equalsIgnoreCase("Callback")) {
                throw new UsageException("--completion must be ApiResponse or Callback, got '" + completion + "'");
            }
            String output = values.getOrDefault("--output", "text");
            if (!output.equals("text") && !output.equals("json")) {
                throw new UsageException("--output must be text or json, got '" + output + "'");
            }
            Map<String, String> headers = parseHeaders(macros.expand(values.get("--headers")));
            return new InvokeOptions(parseUrl(required(values, "--function")), required(values, "--key"), keyInQuery,
                    parseMethod(values.getOrDefault("--method", "POST")), headers,
                    parseQuery(macros.expand(values.get("--query"))), macros.expand(values.get("--body")),
                    completion.equalsIgnoreCase("Callback"), parseCriteria(values.get("--criteria")),
                    seconds(values.getOrDefault("--timeout", "20"), "--timeout"),
                    seconds(values.getOrDefault("--callback-timeout", "3600"), "--callback-timeout"),
                    values.getOrDefault("--callback-address", "127.0.0.1:0"), output.equals("json"), setVariables,
                    traceparent(headers));
        }
    }

    private static String value(String[] args, int index, String option) throws UsageException {
        if (index >= args.length) {
            throw new UsageException("option " + option + " needs a value (see --help)");
        }
        return args[index];
    }

    private static String required(Map<String, String> values, String option) throws UsageException {
        String value = values.get(option);
        if (value == null || value.isBlank()) {
            throw new UsageException(option + " is required (see --help)");
        }
        return value;
    }

    private static URI parseUrl(String url) throws UsageException {
        try {
            URI uri = new URI(url);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new URISyntaxException(url, "not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException("--function must be an http or https URL, got '" + url + "'");
        }
    }

    private static String parseMethod(String method) throws UsageException {
        String upper = method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(upper)) {
            throw new UsageException("--method must be one of OPTIONS GET HEAD POST PUT DELETE TRACE PATCH, got '" + method + "'");
        }
        return upper;
    }

    /** The caller's own traceparent header, else a new sampled trace (W3C Trace Context, version 00). */
    static String traceparent(Map<String, String> headers) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase("traceparent")) {
                return header.getValue().strip();
            }
        }
        byte[] ids = new byte[24];
        RANDOM.nextBytes(ids);
        HexFormat hex = HexFormat.of();
        return "00-" + hex.formatHex(ids, 0, 16) + "-" + hex.formatHex(ids, 16, 24) + "-01";
    }

    /** The trace id of the call's traceparent (its second field), for people to search their traces with. */
    public String traceId() {
        String[] fields = traceparent.split("-");
        return fields.length >= 2 ? fields[1] : traceparent;
    }

    private static Map<String, String> parseHeaders(String json) throws UsageException {
        Map<String, String> headers = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return headers;
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UsageException("--headers is not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (node == null || !node.isObject()) {
            throw new UsageException("--headers must be a JSON object, e.g. {\"Content-Type\": \"application/json\"}");
        }
        for (var it = node.fields(); it.hasNext(); ) {
            var header = it.next();
            if (!header.getValue().isValueNode()) {
                throw new UsageException("--headers: the value of '" + header.getKey() + "' must be a string");
            }
            headers.put(header.getKey(), header.getValue().asText());
        }
        return headers;
    }

    private static String parseQuery(String query) throws UsageException {
        if (query == null || query.isBlank()) {
            return null;
        }
        if (query.startsWith("?") || query.startsWith("&")) {
            throw new UsageException("--query must not start with '?' or '&', got '" + query + "'");
        }
        return query;
    }

    private static Criteria parseCriteria(String expression) throws UsageException {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        try {
            return Criteria.parse(expression);
        } catch (CriteriaException e) {
            throw new UsageException("--criteria: " + e.getMessage());
        }
    }

    private static Duration seconds(String value, String option) throws UsageException {
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds < 1) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number of seconds, at least 1, got '" + value + "'");
        }
    }
}
