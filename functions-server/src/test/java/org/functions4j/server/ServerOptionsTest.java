package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerOptionsTest {
    @TempDir
    Path dir;

    @Test
    void hasTheDefaultsOfFuncStart() throws Exception {
        ServerOptions options = ServerOptions.parse(new String[0], dir, Map.of());
        assertEquals(7071, options.port());
        assertNull(options.host());
        assertNull(options.config());
        assertEquals(List.of(), options.classpath());
        assertEquals(dir.resolve("secrets"), options.secrets());
        assertFalse(options.noAuth());
        assertFalse(options.showKeys());
    }

    @Test
    void takesTheSecretsDirectoryFromTheEnvironment() throws Exception {
        assertEquals(Path.of("/run/keys"), ServerOptions.parse(new String[0], dir,
                Map.of("FUNCTIONS_SECRETS_PATH", "/run/keys")).secrets());
        assertEquals(Path.of("mine"), ServerOptions.parse(new String[] {"--secrets", "mine"}, dir,
                Map.of("FUNCTIONS_SECRETS_PATH", "/run/keys")).secrets(), "the option wins");
    }

    @Test
    void readsEveryOption() throws Exception {
        Path classes = Files.createDirectory(dir.resolve("classes"));
        Path jar = Files.writeString(dir.resolve("lib.jar"), "");
        Path config = Files.writeString(dir.resolve("my-host.json"), "{}");
        ServerOptions options = ServerOptions.parse(new String[] {
            "--classpath", classes + File.pathSeparator + jar, "--port", "0", "--host", "127.0.0.1",
            "--config", config.toString(), "--packages", "a.b, c", "--secrets", "keys", "--no-auth", "--show-keys"}, dir,
            Map.of());
        assertEquals(List.of(classes, jar), options.classpath());
        assertEquals(0, options.port());
        assertEquals("127.0.0.1", options.host());
        assertEquals(config, options.config());
        assertEquals(List.of("a.b", "c"), options.packages());
        assertEquals(Path.of("keys"), options.secrets());
        assertTrue(options.noAuth());
        assertTrue(options.showKeys());
    }

    @Test
    void usesHostJsonInTheWorkingDirectory() throws Exception {
        Files.writeString(dir.resolve("host.json"), "{}");
        assertEquals(dir.resolve("host.json"), ServerOptions.parse(new String[0], dir, Map.of()).config());
    }

    /** arguments (space-separated) | fragment of the one-line error */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            --bogus                 | unknown option '--bogus'
            --port                  | option --port needs a value
            --port --host           | option --port needs a value
            --port abc              | --port must be a number from 0 to 65535, got 'abc'
            --port 65536            | --port must be a number from 0 to 65535
            --port -1               | --port must be a number
            --classpath /no/such/dir | --classpath entry '/no/such/dir' does not exist
            --config /no/host.json  | --config file '/no/host.json' does not exist
            --packages 1abc         | --packages: '1abc' is not a package name
            --secrets               | option --secrets needs a value
            """)
    void refusesABadCommandLineInOneLine(String args, String expected) {
        UsageException e = assertThrows(UsageException.class, () -> ServerOptions.parse(args.split(" "), dir, Map.of()));
        assertTrue(e.getMessage().contains(expected), e::getMessage);
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }
}
