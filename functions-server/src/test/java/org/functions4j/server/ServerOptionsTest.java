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

    /** Microsoft's plugin and ours write target/azure-functions/<app>: the archive, lib/, host.json. */
    @Test
    void aStagingFolderStandsForItsArchivesAndHostJson() throws Exception {
        Path app = Files.createDirectories(dir.resolve("azure-functions/app/lib"));
        Path staged = app.getParent();
        Files.writeString(staged.resolve("host.json"), "{}");
        Path archive = Files.writeString(staged.resolve("app.jar"), "");
        Path gson = Files.writeString(app.resolve("gson-2.13.2.jar"), "");
        Path annotations = Files.writeString(app.resolve("error_prone_annotations-2.38.0.jar"), "");
        Files.createDirectories(staged.resolve("Hello"));
        Files.writeString(staged.resolve("Hello/function.json"), "{}");
        Files.writeString(dir.resolve("host.json"), "{}");

        ServerOptions options = ServerOptions.parse(new String[] {"--classpath", staged.toString()}, dir, Map.of());
        assertEquals(List.of(archive, annotations, gson), options.classpath());
        assertEquals(staged.resolve("host.json"), options.config(), "the app's host.json, not the working directory's");
        Path mine = Files.writeString(dir.resolve("mine.json"), "{}");
        assertEquals(mine, ServerOptions.parse(new String[] {"--classpath", staged.toString(), "--config", mine.toString()},
                dir, Map.of()).config(), "--config wins");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertEquals(List.of(classes), ServerOptions.parse(new String[] {"--classpath", classes.toString()}, dir,
                Map.of()).classpath(), "a classes directory is itself");
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

    /**
     * Issue 18.5: what {@code functions:run} builds. The project's folder is the working directory,
     * whatever Maven's is ({@code mvn -f examples}); secrets not given come from the environment.
     */
    @Test
    void theBuilderLooksInTheProjectAndTakesSecretsFromTheEnvironment() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(dir.resolve("host.json"), "{}"); // Maven's working directory: never read
        ServerOptions bare = ServerOptions.builder().port(0).build(project, Map.of("FUNCTIONS_SECRETS_PATH", "/run/keys"));
        assertNull(bare.config());
        assertEquals(Path.of("/run/keys"), bare.secrets());
        assertEquals(0, bare.port());

        Files.writeString(project.resolve("host.json"), "{}");
        ServerOptions options = ServerOptions.builder().host("127.0.0.1").showKeys(true).build(project, Map.of());
        assertEquals(project.resolve("host.json"), options.config());
        assertEquals(project.resolve("secrets"), options.secrets());
        assertEquals("127.0.0.1", options.host());
        assertTrue(options.showKeys());
        assertEquals(Path.of("given"), ServerOptions.builder().secrets(Path.of("given")).build(project,
                Map.of("FUNCTIONS_SECRETS_PATH", "/run/keys")).secrets());
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
            --functions a,,b        | --functions: a function name is empty in 'a,,b'
            --cors localhost:8080   | --cors: 'localhost:8080' is not an origin (scheme://host[:port], or *)
            --cert /no/app.pfx      | --cert file '/no/app.pfx' does not exist
            --password secret       | --password needs --useHttps
            --useHttps --password x | --password needs --cert
            """)
    void refusesABadCommandLineInOneLine(String args, String expected) {
        UsageException e = assertThrows(UsageException.class, () -> ServerOptions.parse(args.split(" "), dir, Map.of()));
        assertTrue(e.getMessage().contains(expected), e::getMessage);
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    /**
     * func start's defaults from local.settings.json's Host section; the command line wins
     * (StartHostAction.ParseArgs: SetDefault(hostSettings.LocalHttpPort / Cors / CorsCredentials)).
     */
    @Test
    void localSettingsHostSectionGivesTheDefaults() throws Exception {
        Files.writeString(dir.resolve("local.settings.json"), """
                {"Values": {"FUNCTIONS_SECRETS_PATH": "/from/values"},
                 "Host": {"LocalHttpPort": 7072, "CORS": "http://localhost:3000, https://*.example.com", "CORSCredentials": true}}""");
        ServerOptions options = ServerOptions.parse(new String[0], dir, Map.of());
        assertEquals(7072, options.port());
        assertEquals(List.of("http://localhost:3000", "https://*.example.com"), options.cors());
        assertTrue(options.corsCredentials());
        assertEquals(dir.resolve("local.settings.json"), options.localSettings().file());
        assertEquals(Path.of("/from/values"), options.secrets(), "Values are the environment, FUNCTIONS_SECRETS_PATH too");

        ServerOptions given = ServerOptions.parse(new String[] {"-p", "0", "--cors", "https://other.example"}, dir,
                Map.of("FUNCTIONS_SECRETS_PATH", "/from/env"));
        assertEquals(0, given.port());
        assertEquals(List.of("https://other.example"), given.cors());
        assertEquals(Path.of("/from/env"), given.secrets(), "the real environment wins over Values");

        Files.writeString(dir.resolve("local.settings.json"), "{\"Host\": {\"CORS\": \"localhost:3000\"}}");
        UsageException refused = assertThrows(UsageException.class, () -> ServerOptions.parse(new String[0], dir, Map.of()));
        assertTrue(refused.getMessage().contains("local.settings.json: Host.CORS: 'localhost:3000' is not an origin"),
                refused.getMessage());
    }

    /** Microsoft's plugin copies local.settings.json into the staging folder; that one is the app's. */
    @Test
    void aStagingFolderBringsItsLocalSettings() throws Exception {
        Path staged = Files.createDirectories(dir.resolve("azure-functions/app"));
        Files.writeString(staged.resolve("app.jar"), "");
        Files.writeString(staged.resolve("host.json"), "{}");
        Files.writeString(staged.resolve("local.settings.json"), "{\"Host\": {\"LocalHttpPort\": 7080}}");
        Files.writeString(dir.resolve("local.settings.json"), "{\"Host\": {\"LocalHttpPort\": 7090}}");
        assertEquals(7080, ServerOptions.parse(new String[] {"--classpath", staged.toString()}, dir, Map.of()).port());
        assertEquals(7090, ServerOptions.parse(new String[0], dir, Map.of()).port());
    }

    /** Core Tools: --functions takes names separated by spaces; ours by commas too. */
    @Test
    void functionsTakesNamesSeparatedBySpacesOrCommas() throws Exception {
        assertEquals(List.of("A", "B", "C"), ServerOptions.parse(new String[] {"--functions", "A", "B,C", "--port", "0"},
                dir, Map.of()).functions());
    }

    @Test
    void useHttpsTakesACertificateAndAPasswordOrAFileHoldingIt() throws Exception {
        Path pfx = Files.writeString(dir.resolve("app.pfx"), "");
        Path passwordFile = Files.writeString(dir.resolve("password.txt"), "from-file\n");
        ServerOptions inline = ServerOptions.parse(new String[] {"--useHttps", "--cert", pfx.toString(), "--password",
            "s3cret"}, dir, Map.of());
        assertEquals(new ServerOptions.Tls(pfx, "s3cret"), inline.tls());
        assertFalse(inline.toString().contains("s3cret"), "the password is not in toString");
        assertEquals("from-file", ServerOptions.parse(new String[] {"--useHttps", "--cert", pfx.toString(), "--password",
            passwordFile.toString()}, dir, Map.of()).tls().password());
        assertEquals(new ServerOptions.Tls(null, null), ServerOptions.parse(new String[] {"--useHttps"}, dir, Map.of()).tls());
        assertNull(ServerOptions.parse(new String[0], dir, Map.of()).tls());
        ServerOptions logs = ServerOptions.parse(new String[] {"--verbose", "--json-logs"}, dir, Map.of());
        assertTrue(logs.verbose() && logs.jsonLogs());
    }

    /** The README's copy of --help is the help itself (issue 20: keep --help and the README in step). */
    @Test
    void theReadmeShowsTheHelpAsItIs() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String help = ServerOptions.USAGE.substring(ServerOptions.USAGE.indexOf("Options:\n") + "Options:\n".length())
                .replace("separated by '" + File.pathSeparator + "',", "separated by ':' (';' on Windows),");
        assertTrue(readme.contains("java -jar functions-server-<version>-standalone.jar [options]\n" + help + "```"),
                "README.md's block under 'The embedded server' differs from ServerOptions.USAGE");
    }
}
