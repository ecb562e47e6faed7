package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * local.settings.json as Core Tools reads it. The expected behaviour is Core Tools' own
 * (Azure/azure-functions-core-tools): {@code Common/AppSettingsFile.cs} (members, connection strings
 * as a string or an object), {@code Common/HostStartSettings.cs} (the Host section),
 * {@code Actions/HostActions/StartHostAction.cs} ({@code GetConfigurationSettings} names connection
 * strings {@code ConnectionStrings:<name>}; {@code UpdateEnvironmentVariables} decides what is set
 * and prints the warnings quoted here).
 */
class LocalSettingsTest {
    @TempDir
    Path dir;

    private LocalSettings read(String json) throws Exception {
        return LocalSettings.read(Files.writeString(dir.resolve("local.settings.json"), json));
    }

    @Test
    void readsValuesConnectionStringsAndTheHostSection() throws Exception {
        LocalSettings settings = read("""
                {
                  "IsEncrypted": false,
                  "Values": {"FUNCTIONS_WORKER_RUNTIME": "java", "Retries": 3, "Feature": true, "Empty": "", "Gone": null},
                  "ConnectionStrings": {
                    "Sql": "Server=db;Password=p4ss",
                    "Other": {"ConnectionString": "Data Source=x", "ProviderName": "System.Data.SqlClient"}
                  },
                  "Host": {"LocalHttpPort": 7072, "CORS": "http://localhost:3000,https://app.example.com", "CORSCredentials": true}
                }
                """);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("FUNCTIONS_WORKER_RUNTIME", "java");
        values.put("Retries", "3");
        values.put("Feature", "true");
        values.put("Empty", "");
        values.put("Gone", null);
        assertEquals(values, settings.values());
        assertEquals(Map.of("ConnectionStrings:Sql", "Server=db;Password=p4ss", "ConnectionStrings:Other", "Data Source=x"),
                settings.connectionStrings());
        assertEquals(7072, settings.localHttpPort());
        assertEquals("http://localhost:3000,https://app.example.com", settings.cors());
        assertTrue(settings.corsCredentials());
    }

    /** Newtonsoft.Json, which Core Tools reads it with, matches member names ignoring case. */
    @Test
    void memberNamesIgnoreCase() throws Exception {
        LocalSettings settings = read("""
                {"values": {"A": "1"}, "connectionstrings": {"C": "x"}, "host": {"localHttpPort": "7073", "cors": "*"}}""");
        assertEquals(Map.of("A", "1"), settings.values());
        assertEquals(Map.of("ConnectionStrings:C", "x"), settings.connectionStrings());
        assertEquals(7073, settings.localHttpPort());
        assertEquals("*", settings.cors());
        assertFalse(settings.corsCredentials());
    }

    @Test
    void anEmptyFileOrObjectHasNothing() throws Exception {
        for (String json : List.of("", "{}", "{\"Values\": null, \"Host\": null}", "{\"Host\": {\"LocalHttpPort\": 0}}")) {
            LocalSettings settings = read(json);
            assertEquals(Map.of(), settings.values(), json);
            assertEquals(Map.of(), settings.connectionStrings(), json);
            assertNull(settings.localHttpPort(), json + ": 0 is Core Tools' 'not set'");
            assertNull(settings.cors(), json);
        }
    }

    /** content | fragment of the message (which never holds a value) */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"IsEncrypted": true, "Values": {"A": "c2VjcmV0"}}     | is encrypted ("IsEncrypted": true)
            {"Values": {"A": "1"}                                  | is not valid JSON (line 1, column
            [1, 2]                                                 | must hold a JSON object
            {"Values": ["A"]}                                      | "Values" must be an object of names and strings
            {"Values": {"A": {"nested": "p4ss"}}}                  | Values.A must be a string, not a JSON object
            {"Values": {"A": ["p4ss"]}}                            | Values.A must be a string, not a JSON array
            {"Values": {"A=B": "p4ss"}}                            | 'A=B' cannot be the name of an environment variable
            {"ConnectionStrings": {"Sql": ["p4ss"]}}               | ConnectionStrings.Sql must be a string, not a JSON array
            {"Host": 7071}                                         | "Host" must be an object
            {"Host": {"LocalHttpPort": 70000}}                     | Host.LocalHttpPort must be a number from 0 to 65535
            {"Host": {"LocalHttpPort": "http"}}                    | Host.LocalHttpPort must be a number from 0 to 65535
            {"Host": {"LocalHttpPort": 7071.5}}                    | Host.LocalHttpPort must be a number from 0 to 65535
            """)
    void refusesWhatItCannotUse(String json, String message) throws Exception {
        UsageException refused = assertThrows(UsageException.class, () -> read(json));
        assertTrue(refused.getMessage().contains(message), refused.getMessage());
        assertTrue(refused.getMessage().contains("local.settings.json"), "names the file: " + refused.getMessage());
        assertFalse(refused.getMessage().contains("p4ss"), "no value in messages: " + refused.getMessage());
    }

    /**
     * UpdateEnvironmentVariables: a variable already set (not empty) wins; an empty or missing one
     * takes the file's value; a null value and an empty name are skipped with a warning.
     * environment (name=value;...) | Values (name=value;...; ~ is null) | added | warning names
     */
    @ParameterizedTest(name = "[{index}] env {0}, file {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''              | A=1                | A=1        | ''
            A=2             | A=1                | ''         | A
            A=              | A=1                | A=1        | ''
            A=1             | A=1                | ''         | ''
            ''              | A=                 | A=         | ''
            ''              | A=~                | ''         | A
            ''              | =1                 | ''         | (empty)
            B=2             | A=1;B=3;C=4        | A=1;C=4    | B
            """)
    void addsWhatTheEnvironmentLacks(String environment, String values, String added, String warned) throws Exception {
        StringBuilder json = new StringBuilder("{\"Values\": {");
        Map<String, String> file = pairs(values);
        file.forEach((name, value) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ",").append('"')
                .append(name).append("\": ").append("~".equals(value) ? "null" : "\"" + value + "\""));
        LocalSettings settings = read(json.append("}}").toString());
        Map<String, String> env = pairs(environment);
        assertEquals(pairs(added), settings.additionsTo(env));
        Map<String, String> applied = new HashMap<>(env);
        applied.putAll(pairs(added));
        assertEquals(applied, settings.appliedTo(env));
        List<String> warnings = settings.warningsFor(env);
        if (warned.isEmpty()) {
            assertEquals(List.of(), warnings);
        } else {
            String expected = warned.equals("(empty)") ? "Skipping local setting with empty key."
                    : file.get(warned).equals("~") ? "Skipping '" + warned + "' because value is null"
                    : "Skipping '" + warned + "' from local settings as it's already defined in current environment variables.";
            assertEquals(List.of(expected), warnings);
        }
    }

    @Test
    void connectionStringsAreAddedLikeValues() throws Exception {
        LocalSettings settings = read("{\"ConnectionStrings\": {\"Sql\": \"Server=db\", \"Kept\": \"new\"}}");
        assertEquals(Map.of("ConnectionStrings:Sql", "Server=db"),
                settings.additionsTo(Map.of("ConnectionStrings:Kept", "old")));
    }

    private static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return pairs;
        }
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            pairs.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return pairs;
    }
}
