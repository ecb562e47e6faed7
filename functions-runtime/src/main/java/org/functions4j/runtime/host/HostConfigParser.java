package org.functions4j.runtime.host;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Reads host.json as the reference host does: property names ignore case, values given as strings
 * are converted (environment variables are strings), environment variables
 * {@code AzureFunctionsJobHost__a__b} override {@code a.b}. Unknown properties are ignored with one
 * warning naming them all; a value of the wrong type stops start-up naming the property.
 */
final class HostConfigParser {
    private static final Logger LOG = Logger.getLogger(HostConfig.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENVIRONMENT_PREFIX = "azurefunctionsjobhost__";

    /** Top-level properties of either schema version: known to Azure, so never "unknown" here. */
    private static final Set<String> TOP_LEVEL = Set.of("version", "functiontimeout", "http", "extensions",
            "functions4j", "aggregator", "applicationinsights", "functions", "healthmonitor", "id", "logger",
            "singleton", "watchdirectories", "tracing", "queues", "servicebus", "eventhub", "durabletask",
            "documentdb", "extensionbundle", "languageworker", "logging", "manageddependency", "retry",
            "customhandler", "watchfiles", "concurrency", "sendcanceledinvocationstoworker", "telemetrymode",
            "configurationprofile");
    private static final Set<String> HTTP = Set.of("routeprefix", "maxconcurrentrequests", "maxoutstandingrequests",
            "dynamicthrottlesenabled", "hsts", "customheaders");
    private static final Set<String> HSTS = Set.of("isenabled", "excludedhosts", "includesubdomains", "maxage", "preload");
    private static final Set<String> FUNCTIONS4J = Set.of("webhooks", "limits", "accesslog", "dynamicthrottles", "server",
            "skipunsupportedfunctions");
    private static final Set<String> SERVER = Set.of("acceptqueuesize", "requestheaderstimeout", "idletimeout", "graceperiod");
    /** The largest body that fits one array (the body is read into memory). */
    static final long MAX_BODY_BYTES = Integer.MAX_VALUE - 8;
    private static final Duration MILLISECOND = Duration.ofMillis(1);
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final String source;
    private final List<String> unknown = new ArrayList<>();

    private HostConfigParser(String source) {
        this.source = source;
    }

    static HostConfig read(Path file, Map<String, String> environment) {
        if (file == null) {
            return parse("{}", "host.json (defaults)", environment);
        }
        try {
            return parse(Files.readString(file), file.toString(), environment);
        } catch (NoSuchFileException e) {
            throw new HostConfigException(file + ": file not found");
        } catch (IOException e) {
            throw new HostConfigException(file + ": cannot be read: " + e.getMessage());
        }
    }

    static HostConfig parse(String json, String source, Map<String, String> environment) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new HostConfigException(source + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (!(root instanceof ObjectNode object)) {
            throw new HostConfigException(source + ": must be a JSON object");
        }
        applyEnvironment(object, environment);
        return new HostConfigParser(source).config(object);
    }

    /** {@code AzureFunctionsJobHost__extensions__http__routePrefix=v1} sets {@code extensions.http.routePrefix}. */
    private static void applyEnvironment(ObjectNode root, Map<String, String> environment) {
        environment.forEach((name, value) -> {
            if (!name.toLowerCase(Locale.ROOT).startsWith(ENVIRONMENT_PREFIX)) {
                return;
            }
            String[] path = name.substring(ENVIRONMENT_PREFIX.length()).split("__");
            ObjectNode node = root;
            for (int i = 0; i < path.length - 1; i++) {
                JsonNode child = field(node, path[i]);
                if (!(child instanceof ObjectNode)) {
                    child = node.putObject(path[i]);
                }
                node = (ObjectNode) child;
            }
            String last = path[path.length - 1];
            String existing = fieldName(node, last);
            node.put(existing != null ? existing : last, value);
        });
    }

    private HostConfig config(ObjectNode root) {
        HostConfig d = HostConfig.DEFAULTS;
        checkKnown(root, "", TOP_LEVEL);
        boolean v2 = text(root, "version", "").startsWith("2")
                || field(root, "http") == null && field(field(root, "extensions"), "http") != null;
        String httpPath = v2 ? "extensions.http" : "http";
        JsonNode http = v2 ? field(field(root, "extensions"), "http") : field(root, "http");
        ObjectNode httpObject = object(http, httpPath);
        checkKnown(httpObject, httpPath + ".", HTTP);
        ObjectNode functions4j = object(field(root, "functions4j"), "functions4j");
        checkKnown(functions4j, "functions4j.", FUNCTIONS4J);

        String routePrefix = trimSlashes(text(httpObject, "routePrefix", httpPath, d.routePrefix()));
        int maxOutstanding = limit(httpObject, "maxOutstandingRequests", httpPath);
        int maxConcurrent = limit(httpObject, "maxConcurrentRequests", httpPath);
        boolean dynamic = bool(httpObject, "dynamicThrottlesEnabled", httpPath, false);
        HostConfig.Hsts hsts = hsts(object(field(httpObject, "hsts"), httpPath + ".hsts"), httpPath + ".hsts");
        Map<String, String> headers = headers(object(field(httpObject, "customHeaders"), httpPath + ".customHeaders"),
                httpPath + ".customHeaders");
        Duration timeout = functionTimeout(field(root, "functionTimeout"));

        ObjectNode limitsNode = object(field(functions4j, "limits"), "functions4j.limits");
        checkKnown(limitsNode, "functions4j.limits.", Set.of("maxrequestbodybytes", "maxurlbytes"));
        HostConfig.Limits limits = new HostConfig.Limits(
                whole(limitsNode, "maxRequestBodyBytes", "functions4j.limits", d.limits().maxRequestBodyBytes(), 1,
                        MAX_BODY_BYTES),
                (int) whole(limitsNode, "maxUrlBytes", "functions4j.limits", d.limits().maxUrlBytes(), 1,
                        Integer.MAX_VALUE));
        ObjectNode webhooks = object(field(functions4j, "webhooks"), "functions4j.webhooks");
        checkKnown(webhooks, "functions4j.webhooks.", Set.of("slacktimestamptolerance"));
        Duration slack = timeSpan(webhooks, "slackTimestampTolerance", "functions4j.webhooks", d.slackTimestampTolerance(),
                SECOND, Duration.ofDays(365));
        ObjectNode throttles = object(field(functions4j, "dynamicThrottles"), "functions4j.dynamicThrottles");
        checkKnown(throttles, "functions4j.dynamicThrottles.", Set.of("sampleinterval"));
        Duration sample = timeSpan(throttles, "sampleInterval", "functions4j.dynamicThrottles", d.throttleSampleInterval(),
                Duration.ofMillis(10), DAY);
        boolean accessLog = bool(functions4j, "accessLog", "functions4j", d.accessLog());
        boolean skipUnsupported = bool(functions4j, "skipUnsupportedFunctions", "functions4j", d.skipUnsupportedFunctions());
        HostConfig.EmbeddedServer server = server(object(field(functions4j, "server"), "functions4j.server"));

        if (!unknown.isEmpty()) {
            LOG.warning(() -> source + ": ignoring unknown properties: " + String.join(", ", unknown));
        }
        return new HostConfig(routePrefix, maxOutstanding, maxConcurrent, dynamic, hsts, headers, timeout, limits,
                slack, sample, accessLog, server, skipUnsupported);
    }

    private HostConfig.EmbeddedServer server(ObjectNode node) {
        String path = "functions4j.server";
        checkKnown(node, path + ".", SERVER);
        HostConfig.EmbeddedServer d = HostConfig.EmbeddedServer.DEFAULTS;
        return new HostConfig.EmbeddedServer(
                (int) whole(node, "acceptQueueSize", path, d.acceptQueueSize(), 1, 65_535),
                timeSpan(node, "requestHeadersTimeout", path, d.requestHeadersTimeout(), Duration.ofMillis(100), DAY),
                timeSpan(node, "idleTimeout", path, d.idleTimeout(), Duration.ofMillis(100), DAY),
                timeSpan(node, "gracePeriod", path, d.gracePeriod(), Duration.ZERO, Duration.ofHours(1)));
    }

    private HostConfig.Hsts hsts(ObjectNode node, String path) {
        checkKnown(node, path + ".", HSTS);
        HostConfig.Hsts d = HostConfig.Hsts.DISABLED;
        List<String> excluded = new ArrayList<>();
        JsonNode hosts = field(node, "excludedHosts");
        if (hosts == null || hosts.isNull()) {
            excluded.addAll(d.excludedHosts());
        } else if (!hosts.isArray()) {
            throw invalid(path + ".excludedHosts", hosts, "an array of host names");
        } else {
            for (JsonNode host : hosts) {
                if (!host.isTextual()) {
                    throw invalid(path + ".excludedHosts", hosts, "an array of host names (strings)");
                }
                excluded.add(host.asText().toLowerCase(Locale.ROOT));
            }
        }
        return new HostConfig.Hsts(bool(node, "isEnabled", path, false),
                timeSpan(node, "maxAge", path, d.maxAge(), SECOND, TimeSpan.MAX), bool(node, "includeSubDomains", path, false),
                bool(node, "preload", path, false), List.copyOf(excluded));
    }

    private Map<String, String> headers(ObjectNode node, String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (node == null) {
            return headers;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            if (!header.getValue().isValueNode() || header.getValue().isNull()
                    || !header.getKey().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")
                    || !header.getValue().asText().matches("[\\t\\x20-\\x7e\\x80-\\xff]*")) {
                // A line break in a value would break every response (or split it): refuse it here.
                throw invalid(path + "." + header.getKey(), header.getValue(),
                        "a header name (token characters) with a string value on one line");
            }
            headers.put(header.getKey(), header.getValue().asText());
        }
        return Map.copyOf(headers);
    }

    private Duration functionTimeout(JsonNode node) {
        if (node == null || node.isNull()) {
            return HostConfig.DEFAULTS.functionTimeout();
        }
        String text = node.isTextual() ? node.asText().strip() : "";
        if (text.equals("-1")) {
            return null;
        }
        Duration timeout = TimeSpan.parse(text);
        if (timeout == null || timeout.compareTo(MILLISECOND) < 0) {
            throw invalid("functionTimeout", node, "a time span from " + TimeSpan.format(MILLISECOND) + " to "
                    + TimeSpan.format(TimeSpan.MAX) + " (\"[d.]hh:mm:ss[.fffffff]\"), or \"-1\" for none");
        }
        return timeout;
    }

    private void checkKnown(ObjectNode node, String prefix, Set<String> known) {
        if (node == null) {
            return;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name.toLowerCase(Locale.ROOT))) {
                unknown.add(prefix + name);
            }
        });
    }

    private ObjectNode object(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!(node instanceof ObjectNode object)) {
            throw invalid(path, node, "an object");
        }
        return object;
    }

    private String text(ObjectNode node, String name, String path, String fallback) {
        JsonNode value = field(node, name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw invalid(path + "." + name, value, "a string");
        }
        return value.asText();
    }

    private static String text(ObjectNode node, String name, String fallback) {
        JsonNode value = field(node, name);
        return value != null && value.isTextual() ? value.asText() : fallback;
    }

    private boolean bool(ObjectNode node, String name, String path, boolean fallback) {
        JsonNode value = field(node, name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isTextual() && (value.asText().equalsIgnoreCase("true") || value.asText().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(value.asText().toLowerCase(Locale.ROOT));
        }
        throw invalid(path + "." + name, value, "true or false");
    }

    /** An integer limit: -1 for none, else at least 1. */
    private int limit(ObjectNode node, String name, String path) {
        JsonNode value = field(node, name);
        if (value == null || value.isNull()) {
            return -1;
        }
        Long parsed = integer(value);
        if (parsed == null || parsed == 0 || parsed < -1 || parsed > Integer.MAX_VALUE) {
            throw invalid(path + "." + name, value, "a whole number from 1 to " + Integer.MAX_VALUE
                    + ", or -1 for no limit");
        }
        return parsed.intValue();
    }

    /** A whole number within [min, max]. */
    private long whole(ObjectNode node, String name, String path, long fallback, long min, long max) {
        JsonNode value = field(node, name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        Long parsed = integer(value);
        if (parsed == null || parsed < min || parsed > max) {
            throw invalid(path + "." + name, value, "a whole number from " + min + " to " + max);
        }
        return parsed;
    }

    private static Long integer(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isTextual() && value.asText().strip().matches("-?\\d{1,18}")) {
            return Long.parseLong(value.asText().strip());
        }
        return null;
    }

    /** A time span within [min, max]. */
    private Duration timeSpan(ObjectNode node, String name, String path, Duration fallback, Duration min, Duration max) {
        JsonNode value = field(node, name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        Duration parsed = value.isTextual() ? TimeSpan.parse(value.asText()) : null;
        if (parsed == null || parsed.compareTo(min) < 0 || parsed.compareTo(max) > 0) {
            throw invalid(path + "." + name, value, "a time span from " + TimeSpan.format(min) + " to "
                    + TimeSpan.format(max) + " (\"[d.]hh:mm:ss[.fffffff]\")");
        }
        return parsed;
    }

    /** Names the file, the property, the value given (shortened) and what is accepted. */
    private HostConfigException invalid(String property, JsonNode value, String expected) {
        String given = value.toString();
        if (given.length() > 60) {
            given = given.substring(0, 57) + "...";
        }
        return new HostConfigException(source + ": '" + property + "' is " + given + "; it must be " + expected);
    }

    /** A property by name ignoring case, as .NET configuration reads it. */
    private static JsonNode field(JsonNode node, String name) {
        String actual = node instanceof ObjectNode object ? fieldName(object, name) : null;
        return actual == null ? null : node.get(actual);
    }

    private static String fieldName(ObjectNode node, String name) {
        if (node.has(name)) {
            return name;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String candidate = names.next();
            if (candidate.equalsIgnoreCase(name)) {
                return candidate;
            }
        }
        return null;
    }

    private static String trimSlashes(String prefix) {
        String p = prefix.strip();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
