package org.functions4j.runtime.host;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The settings of host.json the runtime uses. Both layouts are read: version 1 with a top-level
 * {@code http} section and version 2 with {@code "version": "2.0"} and {@code extensions.http}.
 * Settings Azure has no equivalent for live in a {@code functions4j} section.
 *
 * @param routePrefix the prefix of every function route, without slashes; {@code api} by default
 * @param slackTimestampTolerance how far a Slack request's timestamp may be from now
 *        ({@code functions4j.webhooks.slackTimestampTolerance}, 5 minutes by default)
 */
public record HostConfig(String routePrefix, Duration slackTimestampTolerance) {
    /** The settings when there is no host.json. */
    public static final HostConfig DEFAULTS = new HostConfig("api", Duration.ofMinutes(5));

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads a host.json file.
     *
     * @param file the file
     * @return the settings
     * @throws HostConfigException naming the file and the property when it cannot be used
     */
    public static HostConfig read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new HostConfigException(file + ": file not found");
        } catch (IOException e) {
            throw new HostConfigException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /**
     * Parses host.json content.
     *
     * @param json the content
     * @param source where it came from, named in errors
     * @return the settings
     * @throws HostConfigException naming the source and the property when it cannot be used
     */
    public static HostConfig parse(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new HostConfigException(source + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new HostConfigException(source + ": must be a JSON object");
        }
        JsonNode version = root.get("version");
        boolean v2 = version != null && version.isTextual() && version.asText().startsWith("2");
        String base = v2 ? "extensions.http" : "http";
        JsonNode http = v2 ? root.path("extensions").path("http") : root.path("http");
        if (!http.isMissingNode() && !http.isObject()) {
            throw new HostConfigException(source + ": '" + base + "' must be an object");
        }
        String routePrefix = DEFAULTS.routePrefix;
        JsonNode prefix = http.get("routePrefix");
        if (prefix != null && !prefix.isNull()) {
            if (!prefix.isTextual()) {
                throw new HostConfigException(source + ": '" + base + ".routePrefix' must be a string");
            }
            routePrefix = trimSlashes(prefix.asText());
        }
        Duration slackTolerance = DEFAULTS.slackTimestampTolerance;
        JsonNode tolerance = root.path("functions4j").path("webhooks").get("slackTimestampTolerance");
        if (tolerance != null && !tolerance.isNull()) {
            slackTolerance = tolerance.isTextual() ? TimeSpan.parse(tolerance.asText()) : null;
            if (slackTolerance == null || slackTolerance.isZero()) {
                throw new HostConfigException(source
                        + ": 'functions4j.webhooks.slackTimestampTolerance' must be a positive time span such as \"00:05:00\"");
            }
        }
        return new HostConfig(routePrefix, slackTolerance);
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
