package org.functions4j.runtime.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.functions4j.runtime.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostConfigTest {

    private static final String V1 = """
            {"functionTimeout": "00:00:30",
             "http": {"routePrefix": "v1", "maxOutstandingRequests": 20, "maxConcurrentRequests": 10,
                      "dynamicThrottlesEnabled": true, "customHeaders": {"X-Content-Type-Options": "nosniff"},
                      "hsts": {"isEnabled": true, "maxAge": "365.00:00:00", "includeSubDomains": true, "preload": true}}}""";
    private static final String V2 = """
            {"version": "2.0", "functionTimeout": "00:00:30", "logging": {"logLevel": {"default": "Information"}},
             "extensions": {"http": {"routePrefix": "v1", "maxOutstandingRequests": 20, "maxConcurrentRequests": 10,
                      "dynamicThrottlesEnabled": true, "customHeaders": {"X-Content-Type-Options": "nosniff"},
                      "hsts": {"isEnabled": true, "maxAge": "365.00:00:00", "includeSubDomains": true, "preload": true}},
                      "queues": {"batchSize": 16}}}""";

    @Test
    void readsEverySettingFromEitherLayout() {
        for (String json : List.of(V1, V2)) {
            HostConfig config = HostConfig.parse(json, "host.json");
            assertEquals("v1", config.routePrefix());
            assertEquals(20, config.maxOutstandingRequests());
            assertEquals(10, config.maxConcurrentRequests());
            assertTrue(config.dynamicThrottlesEnabled());
            assertEquals(Map.of("X-Content-Type-Options", "nosniff"), config.customHeaders());
            assertTrue(config.hsts().enabled());
            assertEquals("max-age=31536000; includeSubDomains; preload", config.hsts().headerValue());
            assertEquals(Duration.ofSeconds(30), config.functionTimeout());
        }
    }

    @Test
    void hasTheReferenceDefaults() {
        HostConfig config = HostConfig.parse("{}", "host.json");
        assertEquals(HostConfig.DEFAULTS, config);
        assertEquals("api", config.routePrefix());
        assertEquals(-1, config.maxOutstandingRequests());
        assertEquals(-1, config.maxConcurrentRequests());
        assertFalse(config.dynamicThrottlesEnabled());
        assertEquals(104_857_600L, config.limits().maxRequestBodyBytes());
        assertEquals(4_096, config.limits().maxUrlBytes());
        assertEquals(Duration.ofMinutes(30), config.functionTimeout());
        assertFalse(config.accessLog(), "off unless asked for");
    }

    /** host.json | expected route prefix */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            {"http": {"routePrefix": ""}}                                    | ''
            {"http": {"routePrefix": "/v1/api/"}}                            | v1/api
            {"HTTP": {"RoutePrefix": "x"}}                                   | x
            {"version": "2.0", "http": {"routePrefix": "ignored-in-v2"}}     | api
            {"extensions": {"http": {"routePrefix": "v2-without-version"}}}  | v2-without-version
            {"http": {"routePrefix": null}}                                  | api
            """)
    void readsTheRoutePrefix(String json, String expected) {
        assertEquals(expected, HostConfig.parse(json, "host.json").routePrefix());
    }

    @Test
    void readsFunctions4jSettingsAndTimeSpans() {
        HostConfig config = HostConfig.parse("""
                {"functionTimeout": "-1", "functions4j": {"limits": {"maxRequestBodyBytes": 1024, "maxUrlBytes": "256"},
                 "webhooks": {"slackTimestampTolerance": "00:01:00"}, "accessLog": true,
                 "dynamicThrottles": {"sampleInterval": "00:00:01.500"}}}""", "host.json");
        assertNull(config.functionTimeout(), "-1 means no timeout");
        assertEquals(new HostConfig.Limits(1024, 256), config.limits());
        assertEquals(Duration.ofMinutes(1), config.slackTimestampTolerance());
        assertTrue(config.accessLog());
        assertEquals(Duration.ofMillis(1500), config.throttleSampleInterval());
    }

    @Test
    void environmentVariablesOverrideAsInTheReferenceHost(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("host.json"), V2);
        HostConfig config = HostConfig.read(file, Map.of(
                "AzureFunctionsJobHost__extensions__http__routePrefix", "from-env",
                "AZUREFUNCTIONSJOBHOST__EXTENSIONS__HTTP__MAXCONCURRENTREQUESTS", "3",
                "AzureFunctionsJobHost__functionTimeout", "00:02:00",
                "AzureFunctionsJobHost__extensions__http__customHeaders__X-Frame-Options", "DENY",
                "PATH", "/usr/bin"));
        assertEquals("from-env", config.routePrefix());
        assertEquals(3, config.maxConcurrentRequests());
        assertEquals(Duration.ofMinutes(2), config.functionTimeout());
        assertEquals(Map.of("X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY"), config.customHeaders());
        HostConfig noFile = HostConfig.read(null, Map.of("AzureFunctionsJobHost__http__routePrefix", "v9"));
        assertEquals("v9", noFile.routePrefix(), "overrides apply without a host.json too");
    }

    @Test
    void warnsOnceNamingEveryUnknownProperty() {
        try (LogCapture logs = LogCapture.of(HostConfig.class.getName())) {
            HostConfig.parse("""
                    {"version": "2.0", "logging": {}, "extensionBundle": {}, "bogus": 1,
                     "extensions": {"http": {"routePrefix": "x", "maxConcurentRequests": 5, "hsts": {"enabled": true}}},
                     "functions4j": {"limts": {}}}""", "my/host.json");
            assertEquals(List.of("my/host.json: ignoring unknown properties: bogus, extensions.http.maxConcurentRequests, "
                    + "functions4j.limts, extensions.http.hsts.enabled"), logs.texts());
        }
    }

    /** host.json | fragment of the error (the file and the property are named) */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            {                                                 | not valid JSON
            []                                                | must be a JSON object
            {"http": []}                                      | 'http' must be an object
            {"http": {"routePrefix": 5}}                      | 'http.routePrefix' must be a string
            {"version": "2.0", "extensions": {"http": {"routePrefix": true}}} | 'extensions.http.routePrefix' must be a string
            {"http": {"maxOutstandingRequests": "many"}}      | 'http.maxOutstandingRequests' must be a whole number of at least 1, or -1
            {"http": {"maxConcurrentRequests": 0}}            | 'http.maxConcurrentRequests' must be a whole number of at least 1, or -1
            {"http": {"maxConcurrentRequests": -5}}           | 'http.maxConcurrentRequests' must be a whole number
            {"http": {"maxConcurrentRequests": 1.5}}          | 'http.maxConcurrentRequests' must be a whole number
            {"http": {"dynamicThrottlesEnabled": "yes"}}      | 'http.dynamicThrottlesEnabled' must be true or false
            {"http": {"customHeaders": {"X-A": {"b": 1}}}}    | 'http.customHeaders.X-A' must be a header name with a string value
            {"http": {"customHeaders": {"Bad Name": "x"}}}    | 'http.customHeaders.Bad Name' must be a header name
            {"http": {"customHeaders": []}}                   | 'http.customHeaders' must be an object
            {"http": {"hsts": {"maxAge": "a year"}}}          | 'http.hsts.maxAge' must be a positive time span
            {"http": {"hsts": {"excludedHosts": "localhost"}}} | 'http.hsts.excludedHosts' must be an array
            {"functionTimeout": "30s"}                        | 'functionTimeout' must be a time span "hh:mm:ss", or "-1" for none
            {"functionTimeout": "00:61:00"}                   | 'functionTimeout' must be a time span
            {"functionTimeout": 30}                           | 'functionTimeout' must be a time span
            {"functions4j": {"limits": {"maxUrlBytes": 0}}}   | 'functions4j.limits.maxUrlBytes' must be a whole number of at least 1
            {"functions4j": {"webhooks": {"slackTimestampTolerance": "00:00:00"}}} | 'functions4j.webhooks.slackTimestampTolerance' must be a positive time span
            """)
    void namesTheFileAndPropertyOfABadValue(String json, String expected) {
        HostConfigException e = assertThrows(HostConfigException.class, () -> HostConfig.parse(json, "my/host.json"));
        assertTrue(e.getMessage().startsWith("my/host.json: "), e::getMessage);
        assertTrue(e.getMessage().contains(expected), e::getMessage);
    }

    @Test
    void namesAMissingFile(@TempDir Path dir) {
        HostConfigException e = assertThrows(HostConfigException.class,
                () -> HostConfig.read(dir.resolve("nope.json"), Map.of()));
        assertTrue(e.getMessage().contains("nope.json: file not found"), e::getMessage);
    }

    /** text | seconds, or -1 when invalid */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            00:05:00        | 300
            1:00:00         | 3600
            2.00:00:00      | 172800
            00:00:01.5      | 1
            23:59:59        | 86399
            24:00:00        | -1
            00:60:00        | -1
            5               | -1
            ''              | -1
            """)
    void parsesTimeSpans(String text, long seconds) {
        Duration parsed = TimeSpan.parse(text);
        assertEquals(seconds, parsed == null ? -1 : parsed.toSeconds());
    }
}
