package org.functions4j.runtime.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostConfigTest {

    /** host.json | expected route prefix */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            {}                                                               | api
            {"http": {"routePrefix": ""}}                                    | ''
            {"http": {"routePrefix": "v1"}}                                  | v1
            {"http": {"routePrefix": "/v1/api/"}}                            | v1/api
            {"version": "2.0", "extensions": {"http": {"routePrefix": "x"}}} | x
            {"version": "2.0", "http": {"routePrefix": "ignored-in-v2"}}     | api
            {"extensions": {"http": {"routePrefix": "ignored-in-v1"}}}       | api
            {"http": {"routePrefix": null}}                                  | api
            """)
    void readsTheRoutePrefixFromEitherLayout(String json, String expected) {
        assertEquals(expected, HostConfig.parse(json, "host.json").routePrefix());
    }

    /** host.json | fragment of the error */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            {                                                            | not valid JSON
            []                                                           | must be a JSON object
            {"http": []}                                                 | 'http' must be an object
            {"http": {"routePrefix": 5}}                                 | 'http.routePrefix' must be a string
            {"version": "2.0", "extensions": {"http": {"routePrefix": true}}} | 'extensions.http.routePrefix' must be a string
            """)
    void namesTheFileAndPropertyOfABadValue(String json, String expected) {
        HostConfigException e = assertThrows(HostConfigException.class, () -> HostConfig.parse(json, "my/host.json"));
        assertTrue(e.getMessage().startsWith("my/host.json: "), e::getMessage);
        assertTrue(e.getMessage().contains(expected), e::getMessage);
    }

    @Test
    void readsAFileAndNamesAMissingOne(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("host.json"), "{\"http\":{\"routePrefix\":\"p\"}}");
        assertEquals("p", HostConfig.read(file).routePrefix());
        HostConfigException e = assertThrows(HostConfigException.class, () -> HostConfig.read(dir.resolve("nope.json")));
        assertTrue(e.getMessage().contains("nope.json: file not found"), e::getMessage);
    }
}
