package org.functions4j.runtime.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.functions4j.runtime.FunctionApp;

/**
 * Health: {@code GET /admin/host/ping} (anonymous, 200, for load balancers) and
 * {@code GET /admin/host/status} (master key: state, version, functions, uptime, load).
 */
final class HostStatus {
    /** The runtime's version, from the build. */
    static final String VERSION = version();

    private final FunctionApp app;

    HostStatus(FunctionApp app) {
        this.app = app;
    }

    static boolean handles(List<String> path) {
        return path.size() == 2 && path.get(0).equalsIgnoreCase("host")
                && (path.get(1).equalsIgnoreCase("ping") || path.get(1).equalsIgnoreCase("status"));
    }

    void answer(Exchange exchange, List<String> path, String presentedKey) throws IOException {
        if (!exchange.method().equals("GET") && !exchange.method().equals("HEAD")) {
            exchange.header("Allow", "GET, HEAD");
            exchange.send(405);
            return;
        }
        if (path.get(1).equalsIgnoreCase("ping")) {
            exchange.send(200);
            return;
        }
        if (AdminEndpoints.refusedUnlessMaster(app, exchange, presentedKey)) {
            return;
        }
        int[] counts = app.gate().counts();
        ObjectNode status = app.json().createObjectNode()
                .put("state", app.throttle().isOverloaded() ? "Throttled" : "Running")
                .put("version", VERSION)
                .put("functionCount", app.catalog().functions().size())
                .put("uptimeSeconds", Duration.between(app.startedAt(), Instant.now()).toSeconds())
                .put("executing", counts[0])
                .put("waiting", counts[1]);
        exchange.send(200, Answers.JSON, app.json().writeValueAsBytes(status));
    }

    private static String version() {
        try (InputStream in = HostStatus.class.getResourceAsStream("/org/functions4j/runtime/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
