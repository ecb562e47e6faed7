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
                 "dynamicThrottles": {"sampleInterval": "00:00:01.500"}, "skipUnsupportedFunctions": true}}""",
                "host.json");
        assertNull(config.functionTimeout(), "-1 means no timeout");
        assertEquals(new HostConfig.Limits(1024, 256), config.limits());
        assertEquals(Duration.ofMinutes(1), config.slackTimestampTolerance());
        assertTrue(config.accessLog());
        assertEquals(Duration.ofMillis(1500), config.throttleSampleInterval());
        assertTrue(config.skipUnsupportedFunctions());
        assertFalse(HostConfig.DEFAULTS.skipUnsupportedFunctions(), "an unservable function fails the start by default");
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

    static java.util.stream.Stream<String> everyProperty() {
        return HostProperties.ALL.stream().map(HostProperties.Property::path);
    }

    /**
     * Issue 18.4: every property of the table is read (a wrong value stops start-up naming it) and
     * known (setting it draws no "unknown" warning): the two come from one table and cannot drift.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("everyProperty")
    void everyPropertyOfTheTableIsReadAndKnown(String path) {
        String[] segments = path.split("\\.");
        String json = "[{}]";
        for (int i = segments.length - 1; i >= 0; i--) {
            json = "{\"" + segments[i] + "\": " + json + "}";
        }
        String file = json;
        HostConfigException e = assertThrows(HostConfigException.class, () -> HostConfig.parse(file, "host.json"));
        assertTrue(e.getMessage().startsWith("host.json: '" + path + "' is [{}]; it must be "), e.getMessage());
        try (LogCapture logs = LogCapture.of(HostConfig.class.getName())) {
            String parent = "{\"" + String.join("\": {\"", java.util.Arrays.copyOf(segments, segments.length - 1))
                    + "\": {\"" + segments[segments.length - 1] + "\": null}" + "}".repeat(segments.length - 1);
            HostConfig.parse(segments.length == 1 ? "{\"" + path + "\": null}" : parent, "host.json");
            assertEquals(List.of(), logs.texts(), "known: " + path);
        }
    }

    @Test
    void warnsOnceNamingEveryUnknownProperty() {
        try (LogCapture logs = LogCapture.of(HostConfig.class.getName())) {
            HostConfig.parse("""
                    {"version": "2.0", "logging": {}, "extensionBundle": {}, "bogus": 1,
                     "extensions": {"http": {"routePrefix": "x", "maxConcurentRequests": 5, "hsts": {"enabled": true}}},
                     "functions4j": {"limts": {}}}""", "my/host.json");
            assertEquals(List.of("my/host.json: ignoring unknown properties: bogus, extensions.http.maxConcurentRequests, "
                    + "extensions.http.hsts.enabled, functions4j.limts"), logs.texts());
        }
    }

    /** Not JSON, or not an object. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {   | my/host.json: not valid JSON
            []  | my/host.json: must be a JSON object
            """)
    void namesTheFileOfContentThatIsNoObject(String json, String expected) {
        HostConfigException e = assertThrows(HostConfigException.class, () -> HostConfig.parse(json, "my/host.json"));
        assertTrue(e.getMessage().startsWith(expected), e::getMessage);
    }

    /**
     * Issue 14.8: every property with a wrong type, negative, zero, huge and overflowing values.
     * host.json | the whole error after the file name: property, value given, accepted range
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"http": []}                                                                  | 'http' is []; it must be an object
            {"http": {"routePrefix": 5}}                                                  | 'http.routePrefix' is 5; it must be a string
            {"version": "2.0", "extensions": {"http": {"routePrefix": true}}}             | 'extensions.http.routePrefix' is true; it must be a string
            {"http": {"maxOutstandingRequests": "many"}}                                  | 'http.maxOutstandingRequests' is "many"; it must be a whole number from 1 to 2147483647, or -1 for no limit
            {"http": {"maxOutstandingRequests": 2147483648}}                              | 'http.maxOutstandingRequests' is 2147483648; it must be a whole number from 1 to 2147483647, or -1 for no limit
            {"http": {"maxOutstandingRequests": 99999999999999999999}}                    | 'http.maxOutstandingRequests' is 99999999999999999999; it must be a whole number from 1 to 2147483647, or -1 for no limit
            {"http": {"maxOutstandingRequests": "99999999999999999999"}}                  | 'http.maxOutstandingRequests' is "99999999999999999999"; it must be a whole number from 1 to 2147483647, or -1 for no limit
            {"http": {"maxConcurrentRequests": 0}}                                        | 'http.maxConcurrentRequests' is 0; it must be a whole number from 1 to 2147483647, or -1 for no limit
            {"http": {"maxConcurrentRequests": -5}}                                       | 'http.maxConcurrentRequests' is -5; it must be a whole number from 1 to 2147483647, or -1 for no limit
            {"http": {"maxConcurrentRequests": 1.5}}                                      | 'http.maxConcurrentRequests' is 1.5; it must be a whole number from 1 to 2147483647, or -1 for no limit
            {"http": {"maxConcurrentRequests": []}}                                       | 'http.maxConcurrentRequests' is []; it must be a whole number from 1 to 2147483647, or -1 for no limit
            {"http": {"dynamicThrottlesEnabled": "yes"}}                                  | 'http.dynamicThrottlesEnabled' is "yes"; it must be true or false
            {"http": {"dynamicThrottlesEnabled": 1}}                                      | 'http.dynamicThrottlesEnabled' is 1; it must be true or false
            {"http": {"customHeaders": []}}                                               | 'http.customHeaders' is []; it must be an object
            {"http": {"customHeaders": {"X-A": {"b": 1}}}}                                | 'http.customHeaders.X-A' is {"b":1}; it must be a header name (token characters) with a string value on one line
            {"http": {"customHeaders": {"Bad Name": "x"}}}                                | 'http.customHeaders.Bad Name' is "x"; it must be a header name (token characters) with a string value on one line
            {"http": {"customHeaders": {"X-A": "a\\r\\nSet-Cookie: x=1"}}}                | 'http.customHeaders.X-A' is "a\\r\\nSet-Cookie: x=1"; it must be a header name (token characters) with a string value on one line
            {"http": {"hsts": []}}                                                        | 'http.hsts' is []; it must be an object
            {"http": {"hsts": {"isEnabled": "x"}}}                                        | 'http.hsts.isEnabled' is "x"; it must be true or false
            {"http": {"hsts": {"maxAge": "a year"}}}                                      | 'http.hsts.maxAge' is "a year"; it must be a time span from 00:00:01 to 10675199.02:48:05.4775807 ("[d.]hh:mm:ss[.fffffff]")
            {"http": {"hsts": {"maxAge": "00:00:00"}}}                                    | 'http.hsts.maxAge' is "00:00:00"; it must be a time span from 00:00:01 to 10675199.02:48:05.4775807 ("[d.]hh:mm:ss[.fffffff]")
            {"http": {"hsts": {"maxAge": "99999999.00:00:00"}}}                           | 'http.hsts.maxAge' is "99999999.00:00:00"; it must be a time span from 00:00:01 to 10675199.02:48:05.4775807 ("[d.]hh:mm:ss[.fffffff]")
            {"http": {"hsts": {"maxAge": 31536000}}}                                      | 'http.hsts.maxAge' is 31536000; it must be a time span from 00:00:01 to 10675199.02:48:05.4775807 ("[d.]hh:mm:ss[.fffffff]")
            {"http": {"hsts": {"excludedHosts": "localhost"}}}                            | 'http.hsts.excludedHosts' is "localhost"; it must be an array of host names
            {"http": {"hsts": {"excludedHosts": [1]}}}                                    | 'http.hsts.excludedHosts' is [1]; it must be an array of host names (strings)
            {"functionTimeout": "30s"}                                                    | 'functionTimeout' is "30s"; it must be a time span from 00:00:00.001 to 10675199.02:48:05.4775807 ("[d.]hh:mm:ss[.fffffff]"), or "-1" for none
            {"functionTimeout": "00:61:00"}                                               | 'functionTimeout' is "00:61:00"; it must be a time span from 00:00:00.001 to 10675199.02:48:05.4775807 ("[d.]hh:mm:ss[.fffffff]"), or "-1" for none
            {"functionTimeout": "24:00:00"}                                               | 'functionTimeout' is "24:00:00"; it must be a time span from 00:00:00.001 to 10675199.02:48:05.4775807 ("[d.]hh:mm:ss[.fffffff]"), or "-1" for none
            {"functionTimeout": 30}                                                       | 'functionTimeout' is 30; it must be a time span from 00:00:00.001 to 10675199.02:48:05.4775807 ("[d.]hh:mm:ss[.fffffff]"), or "-1" for none
            {"functionTimeout": "00:00:00"}                                               | 'functionTimeout' is "00:00:00"; it must be a time span from 00:00:00.001 to 10675199.02:48:05.4775807 ("[d.]hh:mm:ss[.fffffff]"), or "-1" for none
            {"functionTimeout": "-2"}                                                     | 'functionTimeout' is "-2"; it must be a time span from 00:00:00.001 to 10675199.02:48:05.4775807 ("[d.]hh:mm:ss[.fffffff]"), or "-1" for none
            {"functionTimeout": "-00:00:01"}                                              | 'functionTimeout' is "-00:00:01"; it must be a time span from 00:00:00.001 to 10675199.02:48:05.4775807 ("[d.]hh:mm:ss[.fffffff]"), or "-1" for none
            {"functionTimeout": "999999999999999999.00:00:00"}                            | 'functionTimeout' is "999999999999999999.00:00:00"; it must be a time span from 00:00:00.001 to 10675199.02:48:05.4775807 ("[d.]hh:mm:ss[.fffffff]"), or "-1" for none
            {"functionTimeout": "9999999999999999999.00:00:00"}                           | 'functionTimeout' is "9999999999999999999.00:00:00"; it must be a time span from 00:00:00.001 to 10675199.02:48:05.4775807 ("[d.]hh:mm:ss[.fffffff]"), or "-1" for none
            {"functionTimeout": "10675199.02:48:05.4775808"}                              | 'functionTimeout' is "10675199.02:48:05.4775808"; it must be a time span from 00:00:00.001 to 10675199.02:48:05.4775807 ("[d.]hh:mm:ss[.fffffff]"), or "-1" for none
            {"functions4j": []}                                                           | 'functions4j' is []; it must be an object
            {"functions4j": {"limits": {"maxRequestBodyBytes": 0}}}                       | 'functions4j.limits.maxRequestBodyBytes' is 0; it must be a whole number from 1 to 2147483639
            {"functions4j": {"limits": {"maxRequestBodyBytes": -1}}}                      | 'functions4j.limits.maxRequestBodyBytes' is -1; it must be a whole number from 1 to 2147483639
            {"functions4j": {"limits": {"maxRequestBodyBytes": "big"}}}                   | 'functions4j.limits.maxRequestBodyBytes' is "big"; it must be a whole number from 1 to 2147483639
            {"functions4j": {"limits": {"maxRequestBodyBytes": 2147483640}}}              | 'functions4j.limits.maxRequestBodyBytes' is 2147483640; it must be a whole number from 1 to 2147483639
            {"functions4j": {"limits": {"maxRequestBodyBytes": 9223372036854775807}}}     | 'functions4j.limits.maxRequestBodyBytes' is 9223372036854775807; it must be a whole number from 1 to 2147483639
            {"functions4j": {"limits": {"maxUrlBytes": 0}}}                               | 'functions4j.limits.maxUrlBytes' is 0; it must be a whole number from 1 to 2147483647
            {"functions4j": {"limits": {"maxUrlBytes": 2147483648}}}                      | 'functions4j.limits.maxUrlBytes' is 2147483648; it must be a whole number from 1 to 2147483647
            {"functions4j": {"webhooks": {"slackTimestampTolerance": "00:00:00"}}}        | 'functions4j.webhooks.slackTimestampTolerance' is "00:00:00"; it must be a time span from 00:00:01 to 365.00:00:00 ("[d.]hh:mm:ss[.fffffff]")
            {"functions4j": {"webhooks": {"slackTimestampTolerance": "366.00:00:00"}}}    | 'functions4j.webhooks.slackTimestampTolerance' is "366.00:00:00"; it must be a time span from 00:00:01 to 365.00:00:00 ("[d.]hh:mm:ss[.fffffff]")
            {"functions4j": {"webhooks": {"slackTimestampTolerance": 300}}}               | 'functions4j.webhooks.slackTimestampTolerance' is 300; it must be a time span from 00:00:01 to 365.00:00:00 ("[d.]hh:mm:ss[.fffffff]")
            {"functions4j": {"dynamicThrottles": {"sampleInterval": "00:00:00.0000001"}}} | 'functions4j.dynamicThrottles.sampleInterval' is "00:00:00.0000001"; it must be a time span from 00:00:00.01 to 1.00:00:00 ("[d.]hh:mm:ss[.fffffff]")
            {"functions4j": {"dynamicThrottles": {"sampleInterval": "2.00:00:00"}}}       | 'functions4j.dynamicThrottles.sampleInterval' is "2.00:00:00"; it must be a time span from 00:00:00.01 to 1.00:00:00 ("[d.]hh:mm:ss[.fffffff]")
            {"functions4j": {"accessLog": "on"}}                                          | 'functions4j.accessLog' is "on"; it must be true or false
            {"functions4j": {"skipUnsupportedFunctions": 1}}                              | 'functions4j.skipUnsupportedFunctions' is 1; it must be true or false
            {"functions4j": {"server": "x"}}                                              | 'functions4j.server' is "x"; it must be an object
            {"functions4j": {"server": {"acceptQueueSize": 0}}}                           | 'functions4j.server.acceptQueueSize' is 0; it must be a whole number from 1 to 65535
            {"functions4j": {"server": {"acceptQueueSize": 65536}}}                       | 'functions4j.server.acceptQueueSize' is 65536; it must be a whole number from 1 to 65535
            {"functions4j": {"server": {"acceptQueueSize": "x"}}}                         | 'functions4j.server.acceptQueueSize' is "x"; it must be a whole number from 1 to 65535
            {"functions4j": {"server": {"requestHeadersTimeout": "00:00:00.05"}}}         | 'functions4j.server.requestHeadersTimeout' is "00:00:00.05"; it must be a time span from 00:00:00.1 to 1.00:00:00 ("[d.]hh:mm:ss[.fffffff]")
            {"functions4j": {"server": {"requestHeadersTimeout": 30}}}                    | 'functions4j.server.requestHeadersTimeout' is 30; it must be a time span from 00:00:00.1 to 1.00:00:00 ("[d.]hh:mm:ss[.fffffff]")
            {"functions4j": {"server": {"idleTimeout": "2.00:00:00"}}}                    | 'functions4j.server.idleTimeout' is "2.00:00:00"; it must be a time span from 00:00:00.1 to 1.00:00:00 ("[d.]hh:mm:ss[.fffffff]")
            {"functions4j": {"server": {"gracePeriod": "02:00:00"}}}                      | 'functions4j.server.gracePeriod' is "02:00:00"; it must be a time span from 00:00:00 to 01:00:00 ("[d.]hh:mm:ss[.fffffff]")
            {"functions4j": {"server": {"gracePeriod": "-1"}}}                            | 'functions4j.server.gracePeriod' is "-1"; it must be a time span from 00:00:00 to 01:00:00 ("[d.]hh:mm:ss[.fffffff]")
            """)
    void namesTheFilePropertyValueAndRangeOfABadValue(String json, String expected) {
        HostConfigException e = assertThrows(HostConfigException.class, () -> HostConfig.parse(json, "my/host.json"));
        assertEquals("my/host.json: " + expected, e.getMessage());
    }

    /** The edges of every range are accepted. */
    @Test
    void acceptsTheEdgesOfEveryRange() {
        HostConfig config = HostConfig.parse("""
                {"functionTimeout": "10675199.02:48:05.4775807",
                 "http": {"maxConcurrentRequests": 2147483647, "maxOutstandingRequests": 1,
                          "hsts": {"maxAge": "00:00:01"}},
                 "functions4j": {"limits": {"maxRequestBodyBytes": 2147483639, "maxUrlBytes": 1},
                                 "webhooks": {"slackTimestampTolerance": "365.00:00:00"},
                                 "dynamicThrottles": {"sampleInterval": "00:00:00.01"},
                                 "server": {"acceptQueueSize": 65535, "requestHeadersTimeout": "00:00:00.1",
                                            "idleTimeout": "1.00:00:00", "gracePeriod": "00:00:00",
                                            "virtualThreads": true}}}""", "h");
        assertEquals(Duration.ofSeconds(922_337_203_685L, 477_580_700), config.functionTimeout());
        assertEquals(2_147_483_639L, config.limits().maxRequestBodyBytes());
        assertEquals(new HostConfig.EmbeddedServer(65_535, Duration.ofMillis(100), Duration.ofDays(1), Duration.ZERO, true),
                config.server());
        assertEquals(Duration.ofMillis(1), HostConfig.parse("{\"functionTimeout\": \"00:00:00.001\"}", "h").functionTimeout());
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
