package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.server.envapp.EnvFunctions;
import org.functions4j.server.testapp.TestFunctions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --useHttps}, {@code --cert}, {@code --password}; HTTP/2 by ALPN, and h2c by prior knowledge; HSTS over HTTPS only. */
class HttpsTest {
    private static final String HSTS_ON = """
            {"version": "2.0", "extensions": {"http": {"hsts": {"isEnabled": true, "maxAge": "365.00:00:00", "excludedHosts": []}}}}""";

    @TempDir
    Path dir;

    @Test
    void servesHttp2AndHttp11OnOnePortAndHstsOnlyOverHttps() throws Exception {
        TlsCertificate certificate = TestCertificates.localhost();
        HostConfig hsts = HostConfig.parse(HSTS_ON, "host.json");
        try (FunctionsServer https = TestServers.start(List.of(TestFunctions.class), hsts, certificate);
             FunctionsServer http = TestServers.start(List.of(TestFunctions.class), hsts)) {
            SSLContext trust = TestCertificates.trusting(certificate);
            for (HttpClient.Version version : HttpClient.Version.values()) {
                HttpResponse<String> response = get(HttpClient.newBuilder().version(version).sslContext(trust).build(),
                        "https://127.0.0.1:" + https.port() + "/api/request/x");
                assertEquals(200, response.statusCode());
                assertEquals(version, response.version(), "ALPN chose what the client offered");
                assertEquals("max-age=31536000", response.headers().firstValue("strict-transport-security").orElse(null));
            }
            // The JDK client asks for h2c with "Upgrade: h2c" (deprecated by RFC 9113): it keeps HTTP/1.1.
            HttpResponse<String> clear = get(HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build(),
                    "http://127.0.0.1:" + http.port() + "/api/request/x");
            assertEquals(200, clear.statusCode());
            assertEquals(HttpClient.Version.HTTP_1_1, clear.version());
            assertNull(clear.headers().firstValue("strict-transport-security").orElse(null), "browsers ignore it over HTTP");
        }
    }

    /** h2c with prior knowledge: a client that starts with the HTTP/2 preface gets the server's SETTINGS (RFC 9113, 3.4). */
    @Test
    void speaksH2cToAClientThatStartsWithThePreface() throws Exception {
        try (FunctionsServer http = TestServers.start(List.of(TestFunctions.class));
             Socket socket = new Socket("127.0.0.1", http.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[] {0, 0, 0, 0x4, 0, 0, 0, 0, 0}); // an empty SETTINGS frame on stream 0
            out.flush();
            byte[] header = socket.getInputStream().readNBytes(9);
            assertEquals(9, header.length);
            assertEquals(0x4, header[3], "the first frame back is SETTINGS");
            assertEquals(0, header[4] & 0x1, "not an ACK: the server's own settings");
        }
    }

    /** curl (nghttp2) with --http2-prior-knowledge: a whole exchange over h2c. */
    @Test
    void curlGetsAnAnswerOverH2c() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "curl is not installed");
        try (FunctionsServer http = TestServers.start(List.of(TestFunctions.class))) {
            Process curl = new ProcessBuilder("/usr/bin/curl", "-s", "--http2-prior-knowledge", "-o", "/dev/null",
                    "-w", "%{http_version} %{http_code}", "http://127.0.0.1:" + http.port() + "/api/request/x")
                    .redirectErrorStream(true).start();
            String result = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, curl.waitFor(), result);
            assertEquals("2 200", result.strip());
        }
    }

    /** Without --cert: a self-signed certificate for localhost, its fingerprint printed, kept for the next start. */
    @Test
    void useHttpsMakesACertificateOnceAndPrintsItsFingerprint() throws Exception {
        Path secrets = dir.resolve("secrets");
        String first = launch("--useHttps", "--secrets", secrets.toString());
        String fingerprint = TlsCertificate.of(new ServerOptions.Tls(null, null), secrets).fingerprint();
        assertTrue(first.contains("HTTPS with a self-signed certificate for localhost, SHA-256 fingerprint " + fingerprint),
                first);
        assertTrue(first.contains("Listening on https://127.0.0.1:"), first);
        assertTrue(first.contains(fingerprint), "the same certificate the second time: " + launch("--useHttps",
                "--secrets", secrets.toString()));
        assertTrue(Files.isRegularFile(TestCertificates.file(secrets)));
    }

    /** --cert with --password, given as the password or as a file holding it (Core Tools' --password). */
    @Test
    void servesTheGivenCertificate() throws Exception {
        Path made = dir.resolve("made");
        TlsCertificate certificate = TlsCertificate.of(new ServerOptions.Tls(null, null), made);
        Path pfx = TestCertificates.file(made);
        Path passwordFile = made.resolve(TlsCertificate.SELF_SIGNED_FILE + ".password");
        String password = Files.readString(passwordFile).strip();
        for (String given : List.of(password, passwordFile.toString())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FunctionsServer.Launch launch = FunctionsServer.launch(new String[] {"--useHttps", "--cert", pfx.toString(),
                "--password", given, "--port", "0", "--host", "127.0.0.1", "--secrets", dir.resolve("s").toString(),
                "--classpath", appClasses(), "--packages", "org.functions4j.server.envapp"}, Map.of(), print(out),
                print(out));
            try (FunctionsServer server = launch.server()) {
                assertEquals(0, launch.status(), out::toString);
                HttpResponse<String> response = get(HttpClient.newBuilder().sslContext(TestCertificates.trusting(certificate))
                        .build(), "https://127.0.0.1:" + server.port() + "/api/Switched");
                assertEquals("on", response.body());
                assertTrue(!out.toString().contains(password), "the password is never printed");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FunctionsServer.Launch wrong = FunctionsServer.launch(new String[] {"--useHttps", "--cert", pfx.toString(),
            "--password", "wrong", "--port", "0", "--secrets", dir.resolve("s").toString()}, Map.of(), print(out), print(out));
        assertEquals(1, wrong.status());
        assertTrue(out.toString().contains("cannot be opened: not a PKCS#12 (.pfx) file, or the --password is wrong"),
                out::toString);
    }

    private String launch(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] all = Stream.concat(Arrays.stream(args), Stream.of(
                "--port", "0", "--host", "127.0.0.1", "--classpath", appClasses(), "--packages",
                "org.functions4j.server.envapp")).toArray(String[]::new);
        FunctionsServer.Launch launch = FunctionsServer.launch(all, Map.of(), print(out), print(out));
        assertEquals(0, launch.status(), out::toString);
        launch.server().close();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The test classes as an app's classes (the host's own packages are not scanned on its class path). */
    private static String appClasses() throws Exception {
        return TestServers.classesOf(EnvFunctions.class).toString();
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
