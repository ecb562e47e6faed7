package org.functions4j.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.functions4j.runtime.AppSettings;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.FunctionApps;
import org.functions4j.runtime.auth.KeyCipher;
import org.functions4j.runtime.auth.NamedKey;
import org.functions4j.runtime.auth.SecretStore;
import org.functions4j.runtime.cdi.InstanceProvider;
import org.functions4j.runtime.cdi.InstanceProviders;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.runtime.pipeline.Pipeline;
import org.functions4j.server.FunctionsServer;

/**
 * The app under test, loaded as the server loads it and served in memory (the pipeline, no
 * server) or by the embedded server on a free loopback port.
 */
final class ServedApp implements AutoCloseable {
    /** How long a test waits for an answer before it fails. */
    private static final long ANSWER_SECONDS = 60;

    private final FunctionApp app;
    private final Pipeline pipeline;
    private final FunctionsServer server;
    private final HttpClient http;
    private final ExecutorService threads;
    private final LogLines logs;
    private final Path ownSecrets;

    private ServedApp(FunctionApp app, Pipeline pipeline, FunctionsServer server, LogLines logs, Path ownSecrets) {
        this.app = app;
        this.pipeline = pipeline;
        this.server = server;
        this.logs = logs;
        this.ownSecrets = ownSecrets;
        this.http = server == null ? null : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.threads = server == null ? Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "functions-test");
            thread.setDaemon(true);
            return thread;
        }) : null;
    }

    /**
     * Loads and serves an app.
     *
     * @param classes the classes declaring its functions
     * @param hostJson the host.json (a path or the JSON), or empty for ./host.json or the defaults
     * @param secrets the secrets directory, or empty for a new temporary one
     */
    static ServedApp start(ClassLoader loader, List<Class<?>> classes, String hostJson, String secrets, boolean socket)
            throws Exception {
        Map<String, String> environment = System.getenv();
        HostConfig config = hostConfig(hostJson, environment);
        Path ownSecrets = secrets.isEmpty() ? Files.createTempDirectory("functions-test") : null;
        Path secretsDirectory = ownSecrets != null ? ownSecrets.resolve("secrets") : Path.of(secrets);
        LogLines logs = new LogLines();
        InstanceProvider instances = InstanceProviders.forEmbedded(loader);
        FunctionApp app;
        try {
            String secretsKey = environment.get(KeyCipher.ENVIRONMENT_VARIABLE);
            app = FunctionApps.assemble(classes, new AppSettings(config, secretsDirectory, secretsKey, false), instances);
        } catch (RuntimeException e) {
            logs.close();
            deleteTree(ownSecrets);
            throw e; // the app's own message: which function is invalid, and why
        }
        if (instances instanceof AutoCloseable closeable) {
            app.closeWith(closeable);
        }
        if (socket) {
            return new ServedApp(app, null, FunctionsServer.start(app, "127.0.0.1", 0, loader), logs, ownSecrets);
        }
        return new ServedApp(app, new Pipeline(app), null, logs, ownSecrets);
    }

    private static HostConfig hostConfig(String hostJson, Map<String, String> environment) {
        if (hostJson.strip().startsWith("{")) {
            return HostConfig.parse(hostJson, "host.json (@FunctionsTest)", environment);
        }
        if (!hostJson.isBlank()) {
            return HostConfig.read(Path.of(hostJson), environment);
        }
        Path local = Path.of("host.json");
        return HostConfig.read(Files.isRegularFile(local) ? local : null, environment);
    }

    SecretStore secrets() {
        return app.secrets();
    }

    /** The {@code default} key of a function ({@code FUNCTION} scope) or of the host ({@code HOST}, function null). */
    String defaultKey(SecretStore.Scope scope, String function) {
        return app.secrets().keys(scope, function).get("default").map(NamedKey::value).orElseThrow(() ->
                new IllegalStateException((function == null ? "the host" : "function '" + function + "'")
                        + " has no default key"));
    }

    String masterKey() {
        return app.secrets().master().orElseThrow(() -> new IllegalStateException("no master key"));
    }

    FunctionApp app() {
        return app;
    }

    /** Where requests go: the server's address, or a stand-in host for in-memory requests. */
    URI baseUri() {
        return URI.create(server == null ? "http://localhost" : "http://127.0.0.1:" + server.port());
    }

    List<String> logOf(String invocationId) {
        return logs.of(invocationId);
    }

    /** Sends a request and waits for its answer. */
    TestResponse send(TestRequest request) throws Exception {
        URI uri = baseUri().resolve(request.target());
        return server == null ? sendInMemory(request, uri) : sendOverSocket(request, uri);
    }

    private TestResponse sendInMemory(TestRequest request, URI uri) throws InterruptedException {
        MemoryExchange exchange = new MemoryExchange(request.method(), uri, request.headers(), request.body(), threads);
        pipeline.handle(exchange);
        if (!exchange.await(ANSWER_SECONDS)) {
            throw new AssertionError("No answer within " + ANSWER_SECONDS + " s to " + request.describe());
        }
        return new TestResponse(this, request, exchange.status(), exchange.responseHeaders(), exchange.responseBody(),
                exchange.invocationId(), exchange.function());
    }

    private TestResponse sendOverSocket(TestRequest request, URI uri) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(ANSWER_SECONDS))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(header -> builder.header(header.getKey(), header.getValue()));
        HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                String.join(", ", values)));
        return new TestResponse(this, request, response.statusCode(), headers, response.body(), null, null);
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
            } else {
                pipeline.close();
                threads.shutdownNow();
            }
        } finally {
            logs.close();
            deleteOwnSecrets();
        }
    }

    private void deleteOwnSecrets() {
        deleteTree(ownSecrets);
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
            for (Path file : all) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the test's secrets directory " + root, e);
        }
    }
}
