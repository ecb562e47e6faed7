package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20.3: CORS as a browser enforces it. Headless Chromium loads a page from one loopback
 * origin whose script calls a function (with its key in a header, so the browser sends a
 * preflight) on the server at another origin. CI installs Chromium and sets
 * FUNCTIONS4J_BROWSER_TESTS=required; elsewhere the test is skipped when no Chromium is found.
 */
class BrowserCorsTest {
    private static final Pattern OUT = Pattern.compile("<pre id=\"out\">(.*?)</pre>", Pattern.DOTALL);

    @TempDir
    Path dir;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable resource : open) {
            resource.close();
        }
    }

    private FunctionsServer functions(String... cors) throws Exception {
        Path classes = TestServers.classesOf(BrowserCorsTest.class);
        List<String> args = new ArrayList<>(List.of("--classpath", classes.toString(), "--packages",
                "org.functions4j.server.testapp", "--host", "127.0.0.1", "--port", "0", "--secrets",
                dir.resolve("secrets").toString()));
        args.addAll(List.of(cors));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        FunctionsServer.Launch launch = FunctionsServer.launch(args.toArray(String[]::new), Map.of(), print, print);
        assertEquals(0, launch.status(), out::toString);
        open.add(launch.server());
        return launch.server();
    }

    private String securedKey() throws Exception {
        return new ObjectMapper().readTree(dir.resolve("secrets/secured.json").toFile()).get("keys").get(0)
                .get("value").asText();
    }

    /** Loads the page in headless Chromium and returns what its script wrote. */
    private String browse(String pageOrigin) throws Exception {
        String dom = Chromium.dumpDom(pageOrigin + "/page.html", dir);
        Matcher out = OUT.matcher(dom);
        assertTrue(out.find(), dom);
        return out.group(1);
    }

    /** Server and page origins known before the server starts: the page server first, then --cors names it. */
    @Test
    void anAllowedOriginMayCallWithAKeyButNotWithCredentials() throws Exception {
        String[] functionUrl = new String[1];
        String page = pageServerFor(functionUrl);
        FunctionsServer server = functions("--cors", page);
        functionUrl[0] = "http://127.0.0.1:" + server.port() + "/api/secured";
        assertEquals("plain 200 ok;credentials blocked", browse(page),
                "a preflight without a key passed, the call with its key was answered and readable; "
                        + "a credentialed call is refused by the browser without Access-Control-Allow-Credentials");
    }

    @Test
    void withCorsCredentialsACredentialedCallIsAllowed() throws Exception {
        String[] functionUrl = new String[1];
        String page = pageServerFor(functionUrl);
        FunctionsServer server = functions("--cors", page, "--cors-credentials");
        functionUrl[0] = "http://127.0.0.1:" + server.port() + "/api/secured";
        assertEquals("plain 200 ok;credentials 200 ok", browse(page));
    }

    @Test
    void anOriginNotListedIsRefusedByTheBrowser() throws Exception {
        String[] functionUrl = new String[1];
        String page = pageServerFor(functionUrl);
        FunctionsServer server = functions("--cors", "http://127.0.0.1:1");
        functionUrl[0] = "http://127.0.0.1:" + server.port() + "/api/secured";
        assertEquals("plain blocked;credentials blocked", browse(page));
    }

    /** A page server whose page calls the URL set later (the server's port is known only once it runs). */
    private String pageServerFor(String[] functionUrl) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/page.html", exchange -> {
            byte[] body;
            try {
                body = pageHtml(functionUrl[0], securedKey()).getBytes(StandardCharsets.UTF_8);
            } catch (Exception e) {
                body = e.toString().getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        open.add(() -> server.stop(0));
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static String pageHtml(String functionUrl, String key) {
        return """
                <html><body><pre id="out">pending</pre><script>
                (async () => {
                  const out = [];
                  for (const mode of ['plain', 'credentials']) {
                    try {
                      const r = await fetch('%s', {headers: {'x-functions-key': '%s'},
                          credentials: mode === 'credentials' ? 'include' : 'same-origin'});
                      out.push(mode + ' ' + r.status + ' ' + await r.text());
                    } catch (e) {
                      out.push(mode + ' blocked');
                    }
                  }
                  document.getElementById('out').textContent = out.join(';');
                })();
                </script></body></html>""".formatted(functionUrl, key);
    }
}
