package org.functions4j.runtime.host;

import static org.functions4j.runtime.host.HostProperties.ACCEPT_QUEUE_SIZE;
import static org.functions4j.runtime.host.HostProperties.ACCESS_LOG;
import static org.functions4j.runtime.host.HostProperties.CUSTOM_HEADERS;
import static org.functions4j.runtime.host.HostProperties.DYNAMIC_THROTTLES_ENABLED;
import static org.functions4j.runtime.host.HostProperties.FUNCTION_TIMEOUT;
import static org.functions4j.runtime.host.HostProperties.GRACE_PERIOD;
import static org.functions4j.runtime.host.HostProperties.HSTS_ENABLED;
import static org.functions4j.runtime.host.HostProperties.HSTS_EXCLUDED_HOSTS;
import static org.functions4j.runtime.host.HostProperties.HSTS_INCLUDE_SUBDOMAINS;
import static org.functions4j.runtime.host.HostProperties.HSTS_MAX_AGE;
import static org.functions4j.runtime.host.HostProperties.HSTS_PRELOAD;
import static org.functions4j.runtime.host.HostProperties.IDLE_TIMEOUT;
import static org.functions4j.runtime.host.HostProperties.MAX_CONCURRENT_REQUESTS;
import static org.functions4j.runtime.host.HostProperties.MAX_OUTSTANDING_REQUESTS;
import static org.functions4j.runtime.host.HostProperties.MAX_REQUEST_BODY_BYTES;
import static org.functions4j.runtime.host.HostProperties.MAX_URL_BYTES;
import static org.functions4j.runtime.host.HostProperties.REQUEST_HEADERS_TIMEOUT;
import static org.functions4j.runtime.host.HostProperties.ROUTE_PREFIX;
import static org.functions4j.runtime.host.HostProperties.SKIP_UNSUPPORTED_FUNCTIONS;
import static org.functions4j.runtime.host.HostProperties.SLACK_TIMESTAMP_TOLERANCE;
import static org.functions4j.runtime.host.HostProperties.THROTTLE_SAMPLE_INTERVAL;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Reads host.json as the reference host does: property names ignore case, values given as strings
 * are converted (environment variables are strings), environment variables
 * {@code AzureFunctionsJobHost__a__b} override {@code a.b}. What is read, and how, is the table in
 * {@link HostProperties}. Unknown properties are ignored with one warning naming them all; a value
 * of the wrong type or out of range stops start-up naming the file, the property, the value and
 * what is accepted.
 */
final class HostConfigParser {
    private static final Logger LOG = Logger.getLogger(HostConfig.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENVIRONMENT_PREFIX = "azurefunctionsjobhost__";
    private static final String HTTP = "http";

    private final String source;
    private final ObjectNode root;
    /** Where the HTTP section is in this file: {@code http} (version 1) or {@code extensions.http} (version 2). */
    private final String httpPath;
    private final List<String> unknown = new ArrayList<>();

    private HostConfigParser(String source, ObjectNode root) {
        this.source = source;
        this.root = root;
        boolean v2 = text(root, "version").startsWith("2")
                || field(root, HTTP) == null && field(field(root, "extensions"), HTTP) != null;
        this.httpPath = v2 ? "extensions.http" : HTTP;
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
        return new HostConfigParser(source, object).config();
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

    private HostConfig config() {
        checkKnown(root, "", HostProperties.TOP_LEVEL);
        HostProperties.SECTIONS.forEach((section, known) -> checkKnown(section(section), where(section) + ".", known));
        HostConfig config = new HostConfig(
                trimSlashes(get(ROUTE_PREFIX)),
                get(MAX_OUTSTANDING_REQUESTS),
                get(MAX_CONCURRENT_REQUESTS),
                get(DYNAMIC_THROTTLES_ENABLED),
                new HostConfig.Hsts(get(HSTS_ENABLED), get(HSTS_MAX_AGE), get(HSTS_INCLUDE_SUBDOMAINS), get(HSTS_PRELOAD),
                        get(HSTS_EXCLUDED_HOSTS)),
                get(CUSTOM_HEADERS),
                get(FUNCTION_TIMEOUT).orElse(null),
                new HostConfig.Limits(get(MAX_REQUEST_BODY_BYTES), get(MAX_URL_BYTES).intValue()),
                get(SLACK_TIMESTAMP_TOLERANCE),
                get(THROTTLE_SAMPLE_INTERVAL),
                get(ACCESS_LOG),
                new HostConfig.EmbeddedServer(get(ACCEPT_QUEUE_SIZE).intValue(), get(REQUEST_HEADERS_TIMEOUT),
                        get(IDLE_TIMEOUT), get(GRACE_PERIOD), get(HostProperties.VIRTUAL_THREADS)),
                get(SKIP_UNSUPPORTED_FUNCTIONS),
                cors(),
                new HostConfig.Observability(get(HostProperties.METRICS_ENABLED), get(HostProperties.METRICS_OPEN),
                        get(HostProperties.TRACING_ENABLED)),
                new HostConfig.OpenApi(get(HostProperties.OPENAPI_ENABLED), get(HostProperties.OPENAPI_OPEN),
                        get(HostProperties.OPENAPI_TITLE), get(HostProperties.OPENAPI_VERSION)));
        if (!unknown.isEmpty()) {
            LOG.warning(() -> source + ": ignoring unknown properties: " + String.join(", ", unknown));
        }
        return config;
    }

    private HostConfig.Cors cors() {
        List<String> origins = get(HostProperties.CORS_ORIGINS);
        List<String> methods = get(HostProperties.CORS_METHODS);
        List<String> headers = get(HostProperties.CORS_HEADERS);
        List<String> exposed = get(HostProperties.CORS_EXPOSED_HEADERS);
        boolean credentials = get(HostProperties.CORS_CREDENTIALS);
        Duration maxAge = get(HostProperties.CORS_MAX_AGE);
        try {
            return new HostConfig.Cors(origins, methods, headers, exposed, credentials, maxAge);
        } catch (HostConfigException e) { // the combination, not one value
            throw new HostConfigException(source + ": 'functions4j.cors': " + e.getMessage());
        }
    }

    /** A property's value: read from the file as the table says, or its default. */
    private <T> T get(HostProperties.Property<T> property) {
        int dot = property.path().lastIndexOf('.');
        ObjectNode section = dot < 0 ? root : section(property.path().substring(0, dot));
        JsonNode value = field(section, property.path().substring(dot + 1));
        if (value == null || value.isNull()) {
            return property.fallback();
        }
        try {
            return property.value().read(value);
        } catch (HostValue.Invalid e) {
            String name = where(property.path());
            throw invalid(e.part == null ? name : name + "." + e.part, e.value, e.expected);
        }
    }

    /** A section of the file by its table path, or null when the file has none; not an object is an error. */
    private ObjectNode section(String tablePath) {
        JsonNode node = root;
        String[] segments = where(tablePath).split("\\.");
        for (int i = 0; i < segments.length && node != null; i++) {
            node = field(node, segments[i]);
            if (node != null && !node.isNull() && !(node instanceof ObjectNode)) {
                throw invalid(String.join(".", List.of(segments).subList(0, i + 1)), node, "an object");
            }
        }
        return node instanceof ObjectNode object ? object : null;
    }

    /** A table path as it is in this file: the HTTP section moved under {@code extensions} in version 2. */
    private String where(String tablePath) {
        return tablePath.equals(HTTP) || tablePath.startsWith(HTTP + ".") ? httpPath + tablePath.substring(HTTP.length())
                : tablePath;
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

    /** Names the file, the property, the value given (shortened) and what is accepted. */
    private HostConfigException invalid(String property, JsonNode value, String expected) {
        String given = value.toString();
        if (given.length() > 60) {
            given = given.substring(0, 57) + "...";
        }
        return new HostConfigException(source + ": '" + property + "' is " + given + "; it must be " + expected);
    }

    private static String text(ObjectNode node, String name) {
        JsonNode value = field(node, name);
        return value != null && value.isTextual() ? value.asText() : "";
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
