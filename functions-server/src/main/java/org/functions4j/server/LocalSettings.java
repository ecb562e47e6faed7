package org.functions4j.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code local.settings.json}, read as Core Tools' {@code func start} reads it: {@code Values} and
 * {@code ConnectionStrings} become environment variables of the app (a variable already set wins),
 * and {@code Host} gives the defaults of {@code --port}, {@code --cors} and {@code --cors-credentials}.
 * Member names ignore case, as Core Tools' JSON reader does. Values never appear in messages.
 *
 * @param file where it was read from, or null when there is none
 * @param values {@code Values}, in file order; a null value is kept (and skipped with a warning)
 * @param connectionStrings {@code ConnectionStrings} as the variables Core Tools sets: {@code ConnectionStrings:<name>}
 * @param localHttpPort {@code Host.LocalHttpPort}, or null
 * @param cors {@code Host.CORS} (origins separated by commas), or null
 * @param corsCredentials {@code Host.CORSCredentials}
 */
public record LocalSettings(Path file, Map<String, String> values, Map<String, String> connectionStrings,
                            Integer localHttpPort, String cors, boolean corsCredentials) {
    /** The file name Core Tools reads from the function app's folder. */
    public static final String FILE_NAME = "local.settings.json";

    /** No file: nothing to add. */
    public static final LocalSettings NONE = new LocalSettings(null, Map.of(), Map.of(), null, null, false);

    /**
     * Reads a {@code local.settings.json}.
     *
     * @throws UsageException naming the file and what is wrong: not JSON, {@code IsEncrypted: true}
     *         (encrypted with Windows' DPAPI, which only Core Tools on that machine can read), a value
     *         that is an object or an array, a port out of range
     */
    public static LocalSettings read(Path file) throws UsageException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file)); // read once: no mapper kept (NONE costs nothing)
        } catch (JsonProcessingException e) {
            throw new UsageException(file + " is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            return new LocalSettings(file, Map.of(), Map.of(), null, null, false);
        }
        if (!root.isObject()) {
            throw new UsageException(file + " must hold a JSON object");
        }
        if (member(root, "IsEncrypted").map(JsonNode::asBoolean).orElse(false)) {
            throw new UsageException(file + " is encrypted (\"IsEncrypted\": true), which only Core Tools can read on"
                    + " the machine that encrypted it: run 'func settings decrypt', or set \"IsEncrypted\": false"
                    + " and write the values in plain text");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> value : fields(member(root, "Values"), file, "Values")) {
            values.put(value.getKey(), text(value.getValue(), file, "Values." + value.getKey()));
        }
        Map<String, String> connections = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> connection : fields(member(root, "ConnectionStrings"), file, "ConnectionStrings")) {
            JsonNode node = connection.getValue();
            String where = "ConnectionStrings." + connection.getKey();
            // A string, or {"ConnectionString": ..., "ProviderName": ...} as 'func settings add --connectionString' writes it.
            String value = node.isObject() ? text(member(node, "ConnectionString").orElse(null), file, where)
                    : text(node, file, where);
            connections.put("ConnectionStrings:" + connection.getKey(), value);
        }
        Optional<JsonNode> host = member(root, "Host");
        if (host.isPresent() && !host.get().isObject() && !host.get().isNull()) {
            throw new UsageException(file + ": \"Host\" must be an object");
        }
        Integer port = host.flatMap(h -> member(h, "LocalHttpPort")).filter(n -> !n.isNull())
                .map(LocalSettings::port).orElse(null);
        if (port != null && (port < 0 || port > 65535)) {
            throw new UsageException(file + ": Host.LocalHttpPort must be a number from 0 to 65535");
        }
        port = port == null || port == 0 ? null : port; // Core Tools treats 0 as not set
        String cors = host.flatMap(h -> member(h, "CORS")).filter(n -> !n.isNull()).map(JsonNode::asText)
                .filter(s -> !s.isBlank()).orElse(null);
        boolean credentials = host.flatMap(h -> member(h, "CORSCredentials")).map(JsonNode::asBoolean).orElse(false);
        return new LocalSettings(file, values, connections, port, cors, credentials);
    }

    /**
     * The variables to add to an environment: the values and connection strings that it does not set
     * yet (missing or empty), as Core Tools' {@code UpdateEnvironmentVariables} does. Null values and
     * empty names are not added.
     */
    public Map<String, String> additionsTo(Map<String, String> environment) {
        Map<String, String> additions = new LinkedHashMap<>();
        settings().forEach((name, value) -> {
            String current = environment.get(name);
            if (!name.isEmpty() && value != null && (current == null || current.isEmpty()) && !value.equals(current)) {
                additions.put(name, value);
            }
        });
        return additions;
    }

    /** The environment the app sees: this one, plus {@link #additionsTo its additions}. */
    public Map<String, String> appliedTo(Map<String, String> environment) {
        Map<String, String> applied = new LinkedHashMap<>(environment);
        applied.putAll(additionsTo(environment));
        return applied;
    }

    /** Core Tools' warnings for what it skips: names only, never values. */
    public List<String> warningsFor(Map<String, String> environment) {
        List<String> warnings = new ArrayList<>();
        settings().forEach((name, value) -> {
            String current = environment.get(name);
            if (name.isEmpty()) {
                warnings.add("Skipping local setting with empty key.");
            } else if (value == null) {
                warnings.add("Skipping '" + name + "' because value is null");
            } else if (current != null && !current.isEmpty() && !current.equals(value)) {
                warnings.add("Skipping '" + name + "' from local settings as it's already defined in current"
                        + " environment variables.");
            }
        });
        return warnings;
    }

    private Map<String, String> settings() {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.putAll(connectionStrings);
        return all;
    }

    /** A whole number (or one written as a string, as Core Tools' reader accepts), else -1. */
    private static Integer port(JsonNode node) {
        String text = node.asText().strip();
        return (node.isIntegralNumber() || node.isTextual()) && text.matches("\\d{1,5}") ? Integer.parseInt(text) : -1;
    }

    private static Optional<JsonNode> member(JsonNode object, String name) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return Optional.of(field.getValue());
            }
        }
        return Optional.empty();
    }

    private static List<Map.Entry<String, JsonNode>> fields(Optional<JsonNode> node, Path file, String where)
            throws UsageException {
        if (node.isEmpty() || node.get().isNull()) {
            return List.of();
        }
        if (!node.get().isObject()) {
            throw new UsageException(file + ": \"" + where + "\" must be an object of names and strings");
        }
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        node.get().fields().forEachRemaining(fields::add);
        return fields;
    }

    /** A string, number or boolean as text; null stays null; objects and arrays are refused (Azure: "values must be strings"). */
    private static String text(JsonNode node, Path file, String where) throws UsageException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw new UsageException(file + ": " + where + " must be a string, not a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        String name = where.substring(where.indexOf('.') + 1);
        if (name.indexOf('=') >= 0 || name.indexOf('\0') >= 0) {
            throw new UsageException(file + ": '" + name + "' cannot be the name of an environment variable ('=')");
        }
        if (node.asText().indexOf('\0') >= 0) {
            throw new UsageException(file + ": " + where + " holds a NUL character, which no environment variable can");
        }
        return node.asText();
    }
}
