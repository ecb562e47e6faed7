package org.functions4j.runtime.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.docs.OpenApiProvider;
import org.functions4j.runtime.host.HostConfig;

/**
 * {@code functions4j.openapi}: the app's OpenAPI document at {@code /<prefix>/openapi.json} and
 * Swagger UI (the swagger-ui webjar's files) at {@code /<prefix>/swagger-ui/}, both behind the
 * master key unless {@code functions4j.openapi.open}. The document is written once, on first use.
 * A function whose route is one of these paths wins.
 */
final class ApiDocs {
    private static final Logger LOG = Logger.getLogger(ApiDocs.class.getName());
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "html", "text/html; charset=utf-8", "png", "image/png",
            "map", "application/json; charset=utf-8", "json", "application/json; charset=utf-8");

    private final FunctionApp app;
    private final OpenApiProvider provider;
    private final String documentPath;
    private final String uiPath;
    private final String webjarVersion;
    private volatile byte[] document;

    private ApiDocs(FunctionApp app, OpenApiProvider provider, String webjarVersion) {
        this.app = app;
        this.provider = provider;
        String prefix = app.catalog().routePrefix().isEmpty() ? "" : "/" + app.catalog().routePrefix();
        this.documentPath = prefix + "/openapi.json";
        this.uiPath = prefix + "/swagger-ui";
        this.webjarVersion = webjarVersion;
    }

    /** The stage for an app, or null when its settings do not ask for it or functions-openapi is missing. */
    static ApiDocs of(FunctionApp app) {
        HostConfig.OpenApi settings = app.config().openApi();
        if (!settings.enabled()) {
            return null;
        }
        Iterator<OpenApiProvider> providers = ServiceLoader.load(OpenApiProvider.class, ApiDocs.class.getClassLoader())
                .iterator();
        if (!providers.hasNext()) {
            LOG.warning("functions4j.openapi.enabled is true, but functions-openapi is not on the class path: no "
                    + "OpenAPI document (add org.functions4j:functions-openapi to the app)");
            return null;
        }
        return new ApiDocs(app, providers.next(), webjarVersion());
    }

    /** Answers the document or a Swagger UI file and returns true; false for any other path. */
    boolean handle(Exchange exchange, String path) throws IOException {
        if (!path.equals(documentPath) && !path.equals(uiPath) && !path.startsWith(uiPath + "/")) {
            return false;
        }
        if (!exchange.method().equals("GET") && !exchange.method().equals("HEAD")
                || app.catalog().routes().match(exchange.method(), path).isFound()) {
            return false; // routing answers: a function on this path wins, another method is 405 or 404
        }
        if (!app.config().openApi().open()
                && AdminEndpoints.refusedUnlessMaster(app, exchange, PresentedKey.of(exchange))) {
            return true;
        }
        if (path.equals(documentPath)) {
            exchange.send(200, Answers.JSON, document());
        } else if (path.equals(uiPath)) {
            exchange.header("Location", exchange.contextPath() + uiPath + "/" + (exchange.query() == null ? ""
                    : "?" + exchange.query()));
            exchange.send(302);
        } else {
            asset(exchange, path.substring(uiPath.length() + 1));
        }
        return true;
    }

    private byte[] document() {
        byte[] written = document;
        if (written == null) {
            HostConfig.OpenApi settings = app.config().openApi();
            written = provider.document(app.catalog(), settings.title(), settings.version()).getBytes(StandardCharsets.UTF_8);
            document = written;
        }
        return written;
    }

    private void asset(Exchange exchange, String file) throws IOException {
        if (file.isEmpty() || file.equals("index.html")) {
            exchange.send(200, TYPES.get("html"), index().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (webjarVersion == null || !file.matches("[A-Za-z0-9._-]+")) {
            exchange.send(404);
            return;
        }
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(WEBJAR + webjarVersion + "/" + file)) {
            if (in == null) {
                exchange.send(404);
                return;
            }
            String extension = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            exchange.header("Cache-Control", "max-age=3600");
            exchange.send(200, TYPES.getOrDefault(extension, "application/octet-stream"), in.readAllBytes());
        }
    }

    /** Swagger UI's page, loading the document from this host (with the page's own ?code= when it has one). */
    private String index() {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>%s</title>
                  <link rel="stylesheet" href="swagger-ui.css">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="swagger-ui-bundle.js"></script>
                  <script>
                    const code = new URLSearchParams(location.search).get("code");
                    window.ui = SwaggerUIBundle({
                      url: "../openapi.json" + (code ? "?code=" + encodeURIComponent(code) : ""),
                      dom_id: "#swagger-ui"
                    });
                  </script>
                </body>
                </html>
                """.formatted(app.config().openApi().title().replace("<", "&lt;"));
    }

    /** The swagger-ui webjar's version, from its Maven properties, or null when the webjar is absent. */
    private static String webjarVersion() {
        try (InputStream in = ApiDocs.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                LOG.warning("the swagger-ui webjar is not on the class path: /swagger-ui/ serves its page only");
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }
}
