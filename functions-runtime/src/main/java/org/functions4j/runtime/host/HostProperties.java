package org.functions4j.runtime.host;

import static org.functions4j.runtime.host.HostValue.bool;
import static org.functions4j.runtime.host.HostValue.headers;
import static org.functions4j.runtime.host.HostValue.hostNames;
import static org.functions4j.runtime.host.HostValue.limit;
import static org.functions4j.runtime.host.HostValue.strings;
import static org.functions4j.runtime.host.HostValue.text;
import static org.functions4j.runtime.host.HostValue.timeSpan;
import static org.functions4j.runtime.host.HostValue.timeoutOrNone;
import static org.functions4j.runtime.host.HostValue.whole;

import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every host.json property this host reads: path, type, range and default, in one table. What is
 * "known" (and so never warned about) is derived from this table, so known and read cannot drift.
 * Paths under {@code http.} are in the HTTP section: {@code http} in a version 1 file,
 * {@code extensions.http} in version 2.
 */
final class HostProperties {
    /** The largest body that fits one array (the body is read into memory). */
    static final long MAX_BODY_BYTES = Integer.MAX_VALUE - 8;
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration DAY = Duration.ofDays(1);

    /**
     * One property.
     *
     * @param path its place, segments separated by dots, in the case the documentation uses
     * @param value how it is read
     * @param fallback its value when host.json does not set it
     */
    record Property<T>(String path, HostValue<T> value, T fallback) {
    }

    static final Property<String> ROUTE_PREFIX = new Property<>("http.routePrefix", text(), "api");
    static final Property<Integer> MAX_OUTSTANDING_REQUESTS = new Property<>("http.maxOutstandingRequests", limit(), -1);
    static final Property<Integer> MAX_CONCURRENT_REQUESTS = new Property<>("http.maxConcurrentRequests", limit(), -1);
    static final Property<Boolean> DYNAMIC_THROTTLES_ENABLED = new Property<>("http.dynamicThrottlesEnabled", bool(), false);
    static final Property<Map<String, String>> CUSTOM_HEADERS = new Property<>("http.customHeaders", headers(), Map.of());
    static final Property<Boolean> HSTS_ENABLED = new Property<>("http.hsts.isEnabled", bool(), false);
    static final Property<Duration> HSTS_MAX_AGE = new Property<>("http.hsts.maxAge", timeSpan(SECOND, TimeSpan.MAX),
            Duration.ofDays(30));
    static final Property<Boolean> HSTS_INCLUDE_SUBDOMAINS = new Property<>("http.hsts.includeSubDomains", bool(), false);
    static final Property<Boolean> HSTS_PRELOAD = new Property<>("http.hsts.preload", bool(), false);
    static final Property<List<String>> HSTS_EXCLUDED_HOSTS = new Property<>("http.hsts.excludedHosts", hostNames(),
            List.of("localhost", "127.0.0.1", "[::1]"));
    static final Property<Optional<Duration>> FUNCTION_TIMEOUT = new Property<>("functionTimeout", timeoutOrNone(),
            Optional.of(Duration.ofMinutes(30)));
    static final Property<Long> MAX_REQUEST_BODY_BYTES = new Property<>("functions4j.limits.maxRequestBodyBytes",
            whole(1, MAX_BODY_BYTES), 104_857_600L);
    static final Property<Long> MAX_URL_BYTES = new Property<>("functions4j.limits.maxUrlBytes",
            whole(1, Integer.MAX_VALUE), 4_096L);
    static final Property<Duration> SLACK_TIMESTAMP_TOLERANCE = new Property<>(
            "functions4j.webhooks.slackTimestampTolerance", timeSpan(SECOND, Duration.ofDays(365)), Duration.ofMinutes(5));
    static final Property<Duration> THROTTLE_SAMPLE_INTERVAL = new Property<>("functions4j.dynamicThrottles.sampleInterval",
            timeSpan(Duration.ofMillis(10), DAY), Duration.ofSeconds(5));
    static final Property<Boolean> ACCESS_LOG = new Property<>("functions4j.accessLog", bool(), false);
    static final Property<Boolean> SKIP_UNSUPPORTED_FUNCTIONS = new Property<>("functions4j.skipUnsupportedFunctions",
            bool(), false);
    static final Property<Long> ACCEPT_QUEUE_SIZE = new Property<>("functions4j.server.acceptQueueSize",
            whole(1, 65_535), 4_096L);
    static final Property<Duration> REQUEST_HEADERS_TIMEOUT = new Property<>("functions4j.server.requestHeadersTimeout",
            timeSpan(Duration.ofMillis(100), DAY), Duration.ofSeconds(30));
    static final Property<Duration> IDLE_TIMEOUT = new Property<>("functions4j.server.idleTimeout",
            timeSpan(Duration.ofMillis(100), DAY), Duration.ofSeconds(30));
    static final Property<Boolean> VIRTUAL_THREADS = new Property<>("functions4j.server.virtualThreads", bool(), false);
    static final Property<Duration> GRACE_PERIOD = new Property<>("functions4j.server.gracePeriod",
            timeSpan(Duration.ZERO, Duration.ofHours(1)), Duration.ofSeconds(10));

    static final Property<List<String>> CORS_ORIGINS = new Property<>("functions4j.cors.allowedOrigins", strings(),
            List.of());
    static final Property<List<String>> CORS_METHODS = new Property<>("functions4j.cors.allowedMethods", strings(),
            List.of("*"));
    static final Property<List<String>> CORS_HEADERS = new Property<>("functions4j.cors.allowedHeaders", strings(),
            List.of("*"));
    static final Property<List<String>> CORS_EXPOSED_HEADERS = new Property<>("functions4j.cors.exposedHeaders",
            strings(), List.of());
    static final Property<Boolean> CORS_CREDENTIALS = new Property<>("functions4j.cors.supportCredentials", bool(), false);
    static final Property<Duration> CORS_MAX_AGE = new Property<>("functions4j.cors.maxAge",
            timeSpan(Duration.ZERO, DAY), null);

    static final Property<Boolean> METRICS_ENABLED = new Property<>("functions4j.metrics.enabled", bool(), false);
    static final Property<Boolean> METRICS_OPEN = new Property<>("functions4j.metrics.open", bool(), false);
    static final Property<Boolean> TRACING_ENABLED = new Property<>("functions4j.tracing.enabled", bool(), true);

    static final Property<Boolean> OPENAPI_ENABLED = new Property<>("functions4j.openapi.enabled", bool(), false);
    static final Property<Boolean> OPENAPI_OPEN = new Property<>("functions4j.openapi.open", bool(), false);
    static final Property<String> OPENAPI_TITLE = new Property<>("functions4j.openapi.title", text(), "Functions");
    static final Property<String> OPENAPI_VERSION = new Property<>("functions4j.openapi.version", text(), "1.0");

    /** Every property, in the order they are documented. */
    static final List<Property<?>> ALL = List.of(ROUTE_PREFIX, MAX_OUTSTANDING_REQUESTS, MAX_CONCURRENT_REQUESTS,
            DYNAMIC_THROTTLES_ENABLED, CUSTOM_HEADERS, HSTS_ENABLED, HSTS_MAX_AGE, HSTS_INCLUDE_SUBDOMAINS, HSTS_PRELOAD,
            HSTS_EXCLUDED_HOSTS, FUNCTION_TIMEOUT, MAX_REQUEST_BODY_BYTES, MAX_URL_BYTES, SLACK_TIMESTAMP_TOLERANCE,
            THROTTLE_SAMPLE_INTERVAL, ACCESS_LOG, SKIP_UNSUPPORTED_FUNCTIONS, ACCEPT_QUEUE_SIZE, REQUEST_HEADERS_TIMEOUT,
            IDLE_TIMEOUT, GRACE_PERIOD, VIRTUAL_THREADS, CORS_ORIGINS, CORS_METHODS, CORS_HEADERS, CORS_EXPOSED_HEADERS, CORS_CREDENTIALS,
            CORS_MAX_AGE, METRICS_ENABLED, METRICS_OPEN, TRACING_ENABLED, OPENAPI_ENABLED, OPENAPI_OPEN, OPENAPI_TITLE,
            OPENAPI_VERSION);

    /**
     * Top-level properties of either schema version: Azure's (we read few, but none is "unknown")
     * and ours. What is inside Azure's sections is Azure's business; inside ours, the table's.
     */
    static final Set<String> TOP_LEVEL = Set.of("version", "functiontimeout", "http", "extensions",
            "functions4j", "aggregator", "applicationinsights", "functions", "healthmonitor", "id", "logger",
            "singleton", "watchdirectories", "tracing", "queues", "servicebus", "eventhub", "durabletask",
            "documentdb", "extensionbundle", "languageworker", "logging", "manageddependency", "retry",
            "customhandler", "watchfiles", "concurrency", "sendcanceledinvocationstoworker", "telemetrymode",
            "configurationprofile");

    /**
     * The sections whose members are checked, each with its known members (lower case), derived
     * from the table, in its order: {@code http}, {@code http.hsts}, {@code functions4j} and its sections.
     */
    static final Map<String, Set<String>> SECTIONS = sections();

    private HostProperties() {
    }

    private static Map<String, Set<String>> sections() {
        Map<String, Set<String>> sections = new LinkedHashMap<>();
        for (Property<?> property : ALL) {
            String[] segments = property.path().split("\\.");
            for (int i = 1; i < segments.length; i++) {
                String section = String.join(".", List.of(segments).subList(0, i));
                sections.computeIfAbsent(section, s -> new HashSet<>()).add(segments[i].toLowerCase(Locale.ROOT));
            }
        }
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        sections.forEach((section, members) -> frozen.put(section, Set.copyOf(members)));
        return Collections.unmodifiableMap(frozen);
    }
}
