package org.functions4j.runtime.host;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The settings of host.json the runtime uses. Both layouts are read: version 1 with a top-level
 * {@code http} section and version 2 with {@code "version": "2.0"} and {@code extensions.http}.
 *
 * @param routePrefix the prefix of every function route, without slashes; {@code api} by default
 */
public record HostConfig(String routePrefix) {
    /** The settings when there is no host.json. */
    public static final HostConfig DEFAULTS = new HostConfig("api");

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
        return new HostConfig(routePrefix);
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
