package org.functions4j.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server in its own process on a free loopback port, started as a user starts it
 * ({@code java -jar functions-server-standalone.jar ...}, {@code mvn functions:run}); for the Maven
 * invoker projects' verify scripts, which serve what a real build wrote.
 */
public final class StandaloneProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Listening on (http://[^/]+)/");

    private final HttpClient client = HttpClient.newHttpClient();
    private final Process process;
    private final String baseUrl;
    private final String banner;
    /** What it printed after the banner. */
    private final StringBuffer later = new StringBuffer();

    private StandaloneProcess(Process process, String baseUrl, String banner) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.banner = banner;
    }

    /**
     * Starts the jar and waits for its banner.
     *
     * @param jar the standalone jar
     * @param args its arguments; {@code --port 0 --host 127.0.0.1} are added
     * @return the running server
     * @throws IllegalStateException with the process's output when it exits before listening
     */
    public static StandaloneProcess start(Path jar, String... args) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no standalone jar at " + jar + ": build functions-server first");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--port", "0", "--host", "127.0.0.1"));
        command.addAll(List.of(args));
        return start(command);
    }

    /**
     * Runs a command that serves functions (the standalone jar, {@code mvn functions:run}) and
     * waits for the banner's "Listening on" line.
     *
     * @param command the command line; it must listen on a free loopback port
     * @return the running server
     * @throws IllegalStateException with the process's output when it exits before listening
     */
    public static StandaloneProcess start(List<String> command) throws IOException {
        return start(new ProcessBuilder(command));
    }

    /**
     * Runs a command (with its folder and environment) that serves functions, and waits for the
     * banner's "Listening on" line.
     */
    public static StandaloneProcess start(ProcessBuilder command) throws IOException {
        Process process = command.redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder banner = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            banner.append(line).append('\n');
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                StandaloneProcess started = new StandaloneProcess(process, listening.group(1), banner.toString());
                Thread drain = new Thread(() -> output.lines().forEach(more -> started.later.append(more).append('\n')),
                        "standalone-output");
                drain.setDaemon(true);
                drain.start();
                return started;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server exited before listening:\n" + banner);
    }

    /**
     * Waits (15 s at most) until what the process printed after its banner satisfies the condition.
     *
     * @return that output
     * @throws AssertionError with the output when it does not in time
     */
    public String awaitOutput(Predicate<String> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.test(later.toString())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the process did not print what was expected; it printed:\n" + later);
            }
            Thread.sleep(20);
        }
        return later.toString();
    }

    /** e.g. {@code http://127.0.0.1:40123}. */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * Sends a request to the server.
     *
     * @param method the method
     * @param pathAndQuery e.g. {@code /api/Hello?name=x}
     * @param body the body, or null for none
     * @return the response, its body as text
     */
    public HttpResponse<String> send(String method, String pathAndQuery, String body)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).method(method, publisher).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The process started (the server may run in a child of it). */
    public Process process() {
        return process;
    }

    /** What it printed up to "Listening on". */
    public String banner() {
        return banner;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
