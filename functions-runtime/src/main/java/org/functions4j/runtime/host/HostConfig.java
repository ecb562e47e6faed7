package org.functions4j.runtime.host;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The host.json settings the runtime uses. Both layouts are read: version 1 with a top-level
 * {@code http} section and version 2 with {@code "version": "2.0"} and {@code extensions.http}.
 * Settings Azure has no equivalent for live in a top-level {@code functions4j} section.
 *
 * @param routePrefix the prefix of every function route, without slashes ({@code api})
 * @param maxOutstandingRequests waiting plus executing requests above which 429 is answered; -1 for no limit
 * @param maxConcurrentRequests functions executing at once, the others wait; -1 for no limit
 * @param dynamicThrottlesEnabled whether 429 is answered while CPU, memory, threads or connections are above 80%
 * @param hsts the Strict-Transport-Security header
 * @param customHeaders headers added to every response
 * @param functionTimeout how long an invocation may run; null for no limit
 * @param limits request size limits
 * @param slackTimestampTolerance how far a Slack request's timestamp may be from now
 * @param throttleSampleInterval how often the dynamic throttle samples the counters
 * @param accessLog whether one line per request is logged (off by default: at tens of thousands of
 *        requests a second, writing the lines costs a core; see benchmarks/RESULTS.md)
 * @param server settings of the embedded server (a servlet container has its own)
 * @param skipUnsupportedFunctions whether functions using bindings this host does not serve (an Azure
 *        app's queue, blob, timer... functions) are left out with a warning instead of stopping the app
 * @param cors cross-origin calls from browsers
 * @param observability metrics and traces
 * @param openApi the OpenAPI document and Swagger UI served under the route prefix
 */
public record HostConfig(String routePrefix, int maxOutstandingRequests, int maxConcurrentRequests,
                         boolean dynamicThrottlesEnabled, Hsts hsts, Map<String, String> customHeaders,
                         Duration functionTimeout, Limits limits, Duration slackTimestampTolerance,
                         Duration throttleSampleInterval, boolean accessLog, EmbeddedServer server,
                         boolean skipUnsupportedFunctions, Cors cors, Observability observability,
                         OpenApi openApi) {

    /** The settings when there is no host.json: the defaults of the table in {@code HostProperties}. */
    public static final HostConfig DEFAULTS = HostConfigParser.parse("{}", "host.json (defaults)", Map.of());

    /**
     * The Strict-Transport-Security header, sent on HTTPS responses only.
     *
     * @param enabled whether to send it
     * @param maxAge its {@code max-age}
     * @param includeSubDomains whether to add {@code includeSubDomains}
     * @param preload whether to add {@code preload}
     * @param excludedHosts host names it is never sent to
     */
    public record Hsts(boolean enabled, Duration maxAge, boolean includeSubDomains, boolean preload,
                       List<String> excludedHosts) {
        /** The header value, e.g. {@code max-age=31536000; includeSubDomains}. */
        public String headerValue() {
            return "max-age=" + maxAge.toSeconds() + (includeSubDomains ? "; includeSubDomains" : "")
                    + (preload ? "; preload" : "");
        }
    }

    /**
     * Request size limits (the reference host's are 100 MB and 4 KB).
     *
     * @param maxRequestBodyBytes a larger body is answered 413
     * @param maxUrlBytes a longer URL (path and query) is answered 414
     */
    public record Limits(long maxRequestBodyBytes, int maxUrlBytes) {
    }

    /**
     * Connection settings of the embedded server ({@code functions4j.server}).
     *
     * @param acceptQueueSize the listen backlog: connections the kernel queues before they are
     *        accepted (capped by the kernel, {@code net.core.somaxconn} on Linux)
     * @param requestHeadersTimeout the time a client has to send a request's headers, from its first
     *        byte; then the connection is closed (Kestrel's {@code RequestHeadersTimeout})
     * @param idleTimeout a connection with no traffic for this long is closed
     * @param gracePeriod on stop, how long requests in flight may take before they are answered 503
     * @param virtualThreads whether requests run on virtual threads (JDK 21 and later): a function that
     *        blocks then holds no platform thread
     */
    public record EmbeddedServer(int acceptQueueSize, Duration requestHeadersTimeout, Duration idleTimeout,
                                 Duration gracePeriod, boolean virtualThreads) {
    }

    /**
     * Cross-origin resource sharing (the Fetch standard's CORS protocol), as the reference host's
     * ASP.NET Core middleware applies it.
     *
     * @param origins allowed origins: {@code *} for any, {@code https://*.example.com} for its subdomains; none turns CORS off
     * @param methods allowed methods, {@code *} for any (the preflight then names the one asked for)
     * @param headers allowed request headers, {@code *} for any (the preflight then names those asked for)
     * @param exposedHeaders response headers the browser's script may read
     * @param credentials whether cookies and authorization may be sent ({@code Access-Control-Allow-Credentials})
     * @param maxAge how long a browser may cache a preflight answer, or null to leave it to the browser
     */
    public record Cors(List<String> origins, List<String> methods, List<String> headers, List<String> exposedHeaders,
                       boolean credentials, Duration maxAge) {
        /** No CORS: no origin allowed. */
        public static final Cors OFF = new Cors(List.of(), List.of("*"), List.of("*"), List.of(), false, null);

        public Cors {
            origins = List.copyOf(origins);
            methods = List.copyOf(methods);
            headers = List.copyOf(headers);
            exposedHeaders = List.copyOf(exposedHeaders);
            if (origins.contains("*") && credentials) {
                // Fetch: a credentialed response may not say "*"; ASP.NET Core refuses this policy too.
                throw new HostConfigException("CORS: the origin '*' cannot be allowed with credentials "
                        + "(the CORS protocol forbids it); list the origins instead");
            }
        }

        /** Whether any origin is allowed at all. */
        public boolean enabled() {
            return !origins.isEmpty();
        }
    }

    /**
     * Metrics and traces ({@code functions4j.metrics}, {@code functions4j.tracing}).
     *
     * @param metrics whether Micrometer meters are kept and served at {@code /admin/metrics} (needs
     *        {@code micrometer-registry-prometheus} on the class path; the embedded server has it)
     * @param metricsOpen whether {@code /admin/metrics} answers without the master key (for scrapers)
     * @param tracing whether each invocation is an OpenTelemetry span when OpenTelemetry is configured
     */
    public record Observability(boolean metrics, boolean metricsOpen, boolean tracing) {
    }

    /**
     * The app's OpenAPI document ({@code /<prefix>/openapi.json}) and Swagger UI
     * ({@code /<prefix>/swagger-ui/}), {@code functions4j.openapi}.
     *
     * @param enabled whether they are served (needs functions-openapi on the class path; the embedded server has it)
     * @param open whether they answer without the master key
     * @param title the document's title
     * @param version the document's version
     */
    public record OpenApi(boolean enabled, boolean open, String title, String version) {
    }

    /** The same settings with another route prefix. */
    public HostConfig withRoutePrefix(String prefix) {
        return new HostConfig(prefix, maxOutstandingRequests, maxConcurrentRequests, dynamicThrottlesEnabled, hsts,
                customHeaders, functionTimeout, limits, slackTimestampTolerance, throttleSampleInterval, accessLog,
                server, skipUnsupportedFunctions, cors, observability, openApi);
    }

    /** The same settings with other CORS settings (the command line's {@code --cors}). */
    public HostConfig withCors(Cors other) {
        return new HostConfig(routePrefix, maxOutstandingRequests, maxConcurrentRequests, dynamicThrottlesEnabled, hsts,
                customHeaders, functionTimeout, limits, slackTimestampTolerance, throttleSampleInterval, accessLog,
                server, skipUnsupportedFunctions, other, observability, openApi);
    }

    /** The same settings with other OpenAPI settings (the command line's {@code --openapi}). */
    public HostConfig withOpenApi(OpenApi other) {
        return new HostConfig(routePrefix, maxOutstandingRequests, maxConcurrentRequests, dynamicThrottlesEnabled, hsts,
                customHeaders, functionTimeout, limits, slackTimestampTolerance, throttleSampleInterval, accessLog,
                server, skipUnsupportedFunctions, cors, observability, other);
    }

    /**
     * Reads a host.json file, with the environment's overrides.
     *
     * @param file the file, or null for none (the defaults, with the environment's overrides)
     * @param environment the environment ({@code AzureFunctionsJobHost__extensions__http__routePrefix}...)
     * @return the settings
     * @throws HostConfigException naming the file and the property when a value cannot be used
     */
    public static HostConfig read(Path file, Map<String, String> environment) {
        return HostConfigParser.read(file, environment);
    }

    /**
     * Parses host.json content with the environment's overrides.
     *
     * @param json the content
     * @param source where it came from, named in errors
     * @param environment the environment variables
     * @return the settings
     * @throws HostConfigException naming the source and the property when a value cannot be used
     */
    public static HostConfig parse(String json, String source, Map<String, String> environment) {
        return HostConfigParser.parse(json, source, environment);
    }

    /**
     * Parses host.json content, without environment overrides.
     *
     * @param json the content
     * @param source where it came from, named in errors
     * @return the settings
     * @throws HostConfigException naming the source and the property when a value cannot be used
     */
    public static HostConfig parse(String json, String source) {
        return HostConfigParser.parse(json, source, Map.of());
    }
}
